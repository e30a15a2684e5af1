import Support
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The spill directory and the files in it: `<directory>/<id hex>.obj`, one per spilled object.
/// Used only with the store's lock held.
struct SpillFiles {
    /// The directory, without a trailing slash.
    let directory: String
    /// Directories this store created (outermost first), removed again by `removeDirectories`.
    private var createdDirectories: [String] = []
    /// Whether the directory is known to exist.
    private var isPrepared = false

    /// Files will go in `directory` (a fresh copy of the caller's string), created on first use.
    init(directory: String) {
        var path = Fresh.string(directory)
        while path.count > 1 && path.hasSuffix("/") {
            path.removeLast()
        }
        self.directory = path.isEmpty ? "." : path
    }

    /// The spill file of an object.
    func path(for id: ObjectID) -> String {
        "\(directory)/\(id).obj"
    }

    /// Creates the directory and any missing parents, remembering which ones it created.
    mutating func prepareDirectory() throws(ObjectStoreError) {
        if isPrepared {
            return
        }
        var prefix = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + component
            if mkdir(prefix, 0o700) == 0 {
                createdDirectories.append(prefix)
                continue
            }
            let failure = errno
            if !Self.isDirectory(prefix) {
                throw .spillFailed("cannot create spill directory \(prefix): \(Self.describe(failure))")
            }
        }
        isPrepared = true
    }

    /// Writes a payload to the object's spill file; on failure no file is left behind.
    func write(_ id: ObjectID, from base: UnsafeRawPointer?, count: Int) throws(ObjectStoreError) {
        let path = path(for: id)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .spillFailed("cannot create spill file \(path): \(Self.describe(errno))")
        }
        var written = 0
        while written < count, let base {
            #if canImport(Glibc)
            let result = Glibc.write(descriptor, base + written, count - written)
            #else
            let result = Darwin.write(descriptor, base + written, count - written)
            #endif
            if result < 0 && errno == EINTR {
                continue
            }
            if result <= 0 {
                let failure = result < 0 ? Self.describe(errno) : "nothing written"
                close(descriptor)
                unlink(path)
                throw .spillFailed("cannot write spill file \(path): \(failure)")
            }
            written += result
        }
        if close(descriptor) != 0 {
            let failure = Self.describe(errno)
            unlink(path)
            throw .spillFailed("cannot write spill file \(path): \(failure)")
        }
    }

    /// Reads exactly `count` bytes of the object's spill file into `base`.
    func read(_ id: ObjectID, into base: UnsafeMutableRawPointer?, count: Int) throws(ObjectStoreError) {
        let path = path(for: id)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .spillFailed("cannot open spill file \(path): \(Self.describe(errno))")
        }
        defer { close(descriptor) }
        var done = 0
        while done < count, let base {
            #if canImport(Glibc)
            let result = Glibc.read(descriptor, base + done, count - done)
            #else
            let result = Darwin.read(descriptor, base + done, count - done)
            #endif
            if result < 0 && errno == EINTR {
                continue
            }
            if result < 0 {
                throw .spillFailed("cannot read spill file \(path): \(Self.describe(errno))")
            }
            if result == 0 {
                throw .spillFailed("spill file \(path) is truncated: \(done) of \(count) bytes")
            }
            done += result
        }
    }

    /// Deletes the object's spill file.
    func remove(_ id: ObjectID) {
        unlink(path(for: id))
    }

    /// Removes the directories this store created (innermost first; only if empty).
    mutating func removeDirectories() {
        for path in createdDirectories.reversed() {
            rmdir(path)
        }
        createdDirectories = []
        isPrepared = false
    }

    /// Whether a directory exists at `path`.
    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The system's message for an error number.
    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else {
            return "error \(code)"
        }
        return String(cString: text)
    }
}
