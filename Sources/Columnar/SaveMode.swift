import Foundation

/// What a write does when its target exists (Spark's `mode`).
public enum SaveMode: String, Sendable {
    case errorIfExists = "errorifexists", overwrite, append, ignore

    /// The mode named `name` ("error", "errorifexists", "overwrite", "append", "ignore"), or nil.
    public init?(sparkName: String) {
        switch sparkName.lowercased() {
        case "error", "errorifexists", "default": self = .errorIfExists
        case "overwrite": self = .overwrite
        case "append": self = .append
        case "ignore": self = .ignore
        default: return nil
        }
    }
}

/// Writes a folder of part files atomically: parts go to a hidden temporary folder beside the target,
/// which replaces (or joins, for append) the target only when every part is written. On failure the
/// temporary folder is removed, so no partial output is left behind.
public struct FolderCommit {
    /// The target folder.
    public let target: String
    /// The folder the parts are written into.
    public let staging: String
    /// The save mode.
    public let mode: SaveMode

    /// Prepares a write to `target`; returns nil when `mode` is `.ignore` and the target exists.
    /// Throws when the mode is `.errorIfExists` and the target exists.
    public init?(target: String, mode: SaveMode) throws {
        let manager = FileManager.default
        let exists = manager.fileExists(atPath: target)
        if exists && mode == .ignore { return nil }
        if exists && mode == .errorIfExists {
            throw ColumnarError(.input, "[PATH_ALREADY_EXISTS] Path \(target) already exists. Set mode as \"overwrite\" to overwrite the existing path.")
        }
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path
        do { try manager.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
            throw ColumnarError(.input, "cannot create folder \(parent): \(error.localizedDescription)")
        }
        self.target = target
        self.mode = mode
        staging = parent + "/." + url.lastPathComponent + ".prism-tmp-\(UInt64.random(in: 0 ... .max))"
        do { try manager.createDirectory(atPath: staging, withIntermediateDirectories: false) } catch {
            throw ColumnarError(.input, "cannot create folder \(staging): \(error.localizedDescription)")
        }
    }

    /// The path of part `index` with `suffix` (e.g. ".snappy.parquet"), inside the staging folder.
    public func partPath(_ index: Int, job: String, suffix: String) -> String {
        staging + "/part-" + String(format: "%05d", index) + "-" + job + suffix
    }

    /// Moves the parts into place (replacing the target for overwrite, adding to it for append) and
    /// writes Spark's `_SUCCESS` marker.
    public func commit() throws {
        let manager = FileManager.default
        do {
            FileManager.default.createFile(atPath: staging + "/_SUCCESS", contents: Data())
            if mode == .append, manager.fileExists(atPath: target) {
                for name in try manager.contentsOfDirectory(atPath: staging) where name != "_SUCCESS" {
                    try manager.moveItem(atPath: staging + "/" + name, toPath: target + "/" + name)
                }
                try manager.removeItem(atPath: staging)
                return
            }
            if manager.fileExists(atPath: target) {
                let old = staging + ".old"
                try manager.moveItem(atPath: target, toPath: old)
                try manager.moveItem(atPath: staging, toPath: target)
                try manager.removeItem(atPath: old)
            } else {
                try manager.moveItem(atPath: staging, toPath: target)
            }
        } catch {
            abandon()
            throw ColumnarError(.input, "cannot write \(target): \(error.localizedDescription)")
        }
    }

    /// Removes the staging folder after a failed write.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
