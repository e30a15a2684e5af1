import Columnar
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves the paths given to a reader into files: a file, a folder (its files not starting with
/// "." or "_", sorted by name; sub-folders are not entered) or a glob pattern (`*`, `?`, `[...]`).
enum CSVPaths {
    /// `path` made absolute (against the current folder) and without a `file:` scheme.
    static func absolute(_ path: String) -> String {
        var text = path
        if text.hasPrefix("file://") { text = String(text.dropFirst(7)) } else if text.hasPrefix("file:") { text = String(text.dropFirst(5)) }
        if !text.hasPrefix("/") {
            text = FileManager.default.currentDirectoryPath + "/" + text
        }
        return URL(fileURLWithPath: text).standardizedFileURL.path
    }

    /// The files of `paths`, in order; throws `[PATH_NOT_FOUND]` for a path that matches nothing.
    static func files(_ paths: [String]) throws -> [(path: String, size: Int)] {
        var result: [(path: String, size: Int)] = []
        for path in paths {
            let absolute = absolute(path)
            if let kind = kind(absolute) {
                try add(absolute, kind, to: &result)
                continue
            }
            guard absolute.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) else { throw notFound(absolute) }
            let matches = glob(absolute)
            guard !matches.isEmpty else { throw notFound(absolute) }
            for match in matches {
                if let kind = kind(match) { try add(match, kind, to: &result) }
            }
        }
        return result
    }

    static func notFound(_ path: String) -> ColumnarError {
        ColumnarError(.pathNotFound, "[PATH_NOT_FOUND] Path does not exist: file:\(path).")
    }

    /// A file's or folder's kind and size, or nil when nothing is there.
    static func kind(_ path: String) -> (folder: Bool, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return ((info.st_mode & S_IFMT) == S_IFDIR, Int(info.st_size))
    }

    static func add(_ path: String, _ kind: (folder: Bool, size: Int), to result: inout [(path: String, size: Int)]) throws {
        guard kind.folder else { result.append((path, kind.size)); return }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw ColumnarError(.input, "cannot list \(path): \(error.localizedDescription)")
        }
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let child = path + "/" + name
            if let childKind = CSVPaths.kind(child), !childKind.folder { result.append((child, childKind.size)) }
        }
    }

    /// The paths matching a glob pattern, sorted.
    static func glob(_ pattern: String) -> [String] {
        var matches = glob_t()
        defer { globfree(&matches) }
        #if canImport(Glibc)
        guard Glibc.glob(pattern, 0, nil, &matches) == 0 else { return [] }
        #else
        guard Darwin.glob(pattern, 0, nil, &matches) == 0 else { return [] }
        #endif
        var result: [String] = []
        for i in 0 ..< Int(matches.gl_pathc) {
            if let path = matches.gl_pathv[i] { result.append(String(cString: path)) }
        }
        return result.sorted()
    }
}
