import Columnar
import Foundation

/// A table stored in Parquet files with a flat schema. Reads the footers up front (schema, row
/// groups, row count); scanning a partition reads only the requested column chunks of its row
/// groups (or of its slice of a row group).
public final class ParquetSource: TableSource, @unchecked Sendable {
    /// One file: its footer and how the table's columns map to its leaves.
    struct FileInfo {
        let path: String
        let size: Int
        let meta: ParquetFileMetaData
        let leaves: [ParquetLeaf]
        /// For each table column, the index of its leaf in this file.
        let columnMap: [Int]
    }

    /// A row group: its file and index, and its row count.
    struct GroupRef {
        let file: Int
        let group: Int
        let rows: Int
    }

    /// The columns of the table (optional Parquet columns are nullable).
    public let schema: Schema
    /// "parquet [/abs/x.parquet]".
    public var label: String
    let files: [FileInfo]
    let groups: [GroupRef]

    /// The fewest rows worth a partition of its own when a row group is split.
    static let minimumSliceRows = 65_536

    /// paths: each a file, a folder (all files inside not starting with "." or "_", sorted — Spark's
    /// output folders), or a simple glob in the last component.
    public init(paths: [String]) throws {
        var absolute: [String] = []
        var found: [String] = []
        for path in paths {
            let abs = ParquetSource.absolutePath(path)
            absolute.append(abs)
            found += try ParquetSource.expand(abs)
        }
        label = "parquet [" + absolute.joined(separator: ", ") + "]"
        guard !found.isEmpty else {
            throw ColumnarError(.analysis, "[UNABLE_TO_INFER_SCHEMA] Unable to infer schema for Parquet. It must be specified manually.")
        }
        var infos: [FileInfo] = []
        var schema: Schema? = nil
        for path in found {
            let (size, meta) = try ParquetSource.readFooter(path)
            let leaves: [ParquetLeaf]
            do { leaves = try ParquetSchemaMapping.leaves(of: meta.schema) } catch let error as ParquetFormatError {
                throw ColumnarError(.input, "\(path): \(error.message)")
            }
            let fields = leaves.map { Field($0.name, $0.type, nullable: $0.maxDefinition > 0) }
            var map = Array(leaves.indices)
            if var current = schema {
                // Later files must hold the same columns (matched by name) with the same types.
                map = []
                for (i, field) in current.fields.enumerated() {
                    guard let j = leaves.firstIndex(where: { $0.name == field.name }), leaves[j].type == field.type else {
                        throw ColumnarError(.input, "\(path): schema differs from \(found[0]) (column '\(field.name)')")
                    }
                    if leaves[j].maxDefinition > 0 { current.fields[i].nullable = true }
                    map.append(j)
                }
                schema = current
            } else {
                schema = Schema(fields)
            }
            for (g, group) in meta.rowGroups.enumerated() {
                guard group.numRows >= 0, group.numRows <= Int64(Int32.max), group.columns.count == leaves.count else {
                    throw ColumnarError(.input, "\(path): row group \(g) does not match the schema")
                }
            }
            infos.append(FileInfo(path: path, size: size, meta: meta, leaves: leaves, columnMap: map))
        }
        self.schema = schema ?? Schema([])
        files = infos
        var groups: [GroupRef] = []
        for (f, info) in infos.enumerated() {
            for (g, group) in info.meta.rowGroups.enumerated() where group.numRows > 0 {
                groups.append(GroupRef(file: f, group: g, rows: Int(group.numRows)))
            }
        }
        self.groups = groups
    }

    /// The number of rows, from the footers (no data is read).
    public var rowCount: Int { groups.reduce(0) { $0 + $1.rows } }

    /// One partition per row group; when there are fewer row groups than `preferred`, each row
    /// group is split into row ranges (of at least `minimumSliceRows` rows).
    public func partitionCount(preferred: Int) -> Int {
        let count = groups.count
        guard count > 0 else { return 1 }
        guard count < preferred else { return count }
        let smallest = groups.map(\.rows).min() ?? 0
        let perGroup = min((preferred + count - 1) / count, max(1, smallest / ParquetSource.minimumSliceRows))
        return count * perGroup
    }

    /// The row groups and row ranges of partition `partition` of `partitionCount`.
    func plan(partition: Int, of partitionCount: Int) -> [(group: Int, rows: Range<Int>)] {
        let count = groups.count
        guard count > 0, partitionCount > 0, partition >= 0, partition < partitionCount else { return [] }
        if partitionCount <= count {
            let first = partition * count / partitionCount, last = (partition + 1) * count / partitionCount
            return (first ..< last).map { ($0, 0 ..< groups[$0].rows) }
        }
        // Each row group gets partitionCount / count slices, the first partitionCount % count one more.
        var index = partition
        for g in 0 ..< count {
            let slices = partitionCount / count + (g < partitionCount % count ? 1 : 0)
            if index < slices {
                let rows = groups[g].rows
                return [(g, rows * index / slices ..< rows * (index + 1) / slices)]
            }
            index -= slices
        }
        return []
    }

    /// Reads partition `partition` of `partitionCount`: batches of about `Batch.preferredRows` rows of
    /// the columns at `columns`.
    public func scan(partition: Int, of partitionCount: Int, columns: [Int], sink: (Batch) throws -> Void) throws {
        let projected = schema.project(columns)
        var openFile: (index: Int, handle: ParquetFileHandle)? = nil
        for (g, rows) in plan(partition: partition, of: partitionCount) where !rows.isEmpty {
            let ref = groups[g]
            let info = files[ref.file]
            let handle: ParquetFileHandle
            if let open = openFile, open.index == ref.file { handle = open.handle } else {
                handle = try ParquetFileHandle(path: info.path)
                openFile = (ref.file, handle)
            }
            let group = info.meta.rowGroups[ref.group]
            var readers: [ParquetColumnReader] = []
            for c in columns {
                let leaf = info.leaves[info.columnMap[c]]
                do {
                    guard let meta = group.columns[info.columnMap[c]].metaData else {
                        throw ParquetFormatError("row group \(ref.group) has no metadata")
                    }
                    var start = Int(meta.dataPageOffset)
                    if let d = meta.dictionaryPageOffset, d > 0, d < start { start = Int(d) }
                    let length = Int(meta.totalCompressedSize)
                    guard start >= 4, length >= 0, length <= info.size - start else {
                        throw ParquetFormatError("column chunk of row group \(ref.group) lies outside the file")
                    }
                    let bytes = try handle.read(offset: start, count: length)
                    let reader = try ParquetColumnReader(leaf: leaf, codec: meta.codec, chunk: bytes, rows: ref.rows)
                    try reader.skip(rows.lowerBound)
                    readers.append(reader)
                } catch let error as ParquetFormatError {
                    throw ColumnarError(.input, "\(info.path): column '\(leaf.name)': \(error.message)")
                }
            }
            var row = rows.lowerBound
            while row < rows.upperBound {
                let n = min(Batch.preferredRows, rows.upperBound - row)
                var batchColumns: [Column] = []
                batchColumns.reserveCapacity(readers.count)
                for reader in readers {
                    do { batchColumns.append(try reader.read(n)) } catch let error as ParquetFormatError {
                        throw ColumnarError(.input, "\(info.path): column '\(reader.leaf.name)': \(error.message)")
                    }
                }
                try sink(Batch(schema: projected, columns: batchColumns, count: n))
                row += n
            }
        }
    }

    // MARK: - Files

    static func absolutePath(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let url = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(expanded)
        return url.standardizedFileURL.path
    }

    private static func notFound(_ path: String) -> ColumnarError {
        ColumnarError(.pathNotFound, "[PATH_NOT_FOUND] Path does not exist: file:\(path).")
    }

    /// The data files named by `path` (absolute): itself, a folder's visible files, or a glob's matches.
    static func expand(_ path: String) throws -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let name = (path as NSString).lastPathComponent
        if name.contains(where: { "*?[".contains($0) }) {
            let parent = (path as NSString).deletingLastPathComponent
            guard let entries = try? manager.contentsOfDirectory(atPath: parent) else { throw notFound(path) }
            let matches = entries.filter { entry in
                !entry.hasPrefix(".") && !entry.hasPrefix("_") && fnmatch(name, entry, 0) == 0
            }.sorted()
            guard !matches.isEmpty else { throw notFound(path) }
            return try matches.flatMap { try expand(parent + "/" + $0) }
        }
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { throw notFound(path) }
        guard isFolder.boolValue else { return [path] }
        let entries: [String]
        do { entries = try manager.contentsOfDirectory(atPath: path) } catch {
            throw ColumnarError(.input, "\(path): cannot list folder: \(error.localizedDescription)")
        }
        var result: [String] = []
        for entry in entries.sorted() where !entry.hasPrefix(".") && !entry.hasPrefix("_") {
            var sub: ObjCBool = false
            if manager.fileExists(atPath: path + "/" + entry, isDirectory: &sub), !sub.boolValue {
                result.append(path + "/" + entry)
            }
        }
        return result
    }

    /// The size and footer of the Parquet file at `path`.
    static func readFooter(_ path: String) throws -> (Int, ParquetFileMetaData) {
        let handle = try ParquetFileHandle(path: path)
        let size = handle.size
        guard size >= 12 else { throw ColumnarError(.input, "\(path): not a Parquet file (too short)") }
        let head = try handle.read(offset: 0, count: 4)
        let tail = try handle.read(offset: size - 8, count: 8)
        let magic: [UInt8] = [0x50, 0x41, 0x52, 0x31]  // "PAR1"
        guard Array(head) == magic, Array(tail[4 ..< 8]) == magic else {
            throw ColumnarError(.input, "\(path): not a Parquet file (missing PAR1 magic)")
        }
        let length = Int(UInt32(tail[0]) | UInt32(tail[1]) << 8 | UInt32(tail[2]) << 16 | UInt32(tail[3]) << 24)
        guard length > 0, length <= size - 12 else { throw ColumnarError(.input, "\(path): corrupt Parquet footer (bad length)") }
        let footer = try handle.read(offset: size - 8 - length, count: length)
        do {
            let meta = try footer.withUnsafeBytes { try ParquetFileMetaData.decode($0) }
            return (size, meta)
        } catch let error as ParquetFormatError {
            throw ColumnarError(.input, "\(path): corrupt Parquet footer: \(error.message)")
        }
    }
}

/// An open file read with positioned reads (safe to use from one thread at a time; each scan opens its own).
final class ParquetFileHandle {
    let path: String
    private let descriptor: Int32
    /// The file's size in bytes.
    let size: Int

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ColumnarError(.input, "\(path): cannot open: \(String(cString: strerror(errno)))")
        }
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0 else {
            close(descriptor)
            throw ColumnarError(.input, "\(path): cannot read (not a regular file?)")
        }
        size = Int(end)
    }

    deinit { close(descriptor) }

    /// `count` bytes at `offset` (which must lie inside the file).
    func read(offset: Int, count: Int) throws -> ContiguousArray<UInt8> {
        guard offset >= 0, count >= 0, offset <= size - count else {
            throw ColumnarError(.input, "\(path): read past the end of the file")
        }
        var done = 0
        let bytes = try ContiguousArray<UInt8>(unsafeUninitializedCapacity: count) { buf, initialized in
            while done < count {
                let n = pread(descriptor, buf.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    initialized = done
                    throw ColumnarError(.input, "\(path): cannot read: \(n < 0 ? String(cString: strerror(errno)) : "file ends early")")
                }
                done += n
            }
            initialized = count
        }
        return bytes
    }
}
