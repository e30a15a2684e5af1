#if canImport(Glibc)
import Glibc
#endif

/// A file object from `open()`, or one of `sys.stdin`/`sys.stdout`/`sys.stderr`.
public final class PyFile: PyObject {
    /// Where the bytes go or come from.
    enum Backing {
        case file(UnsafeMutablePointer<FILE>)
        case output(OutputStream)
        case input
        case closed
    }

    var backing: Backing
    /// The name given to `open()` (or `<stdout>`).
    public let name: String
    /// The mode given to `open()`.
    public let mode: String
    /// Whether reads return bytes.
    let isBinary: Bool
    /// Whether `\r\n` and `\r` are read as `\n` (text mode unless `newline` was given).
    var translatesNewlines: Bool
    var pendingInput: [UInt8] = []

    init(backing: Backing, name: String, mode: String) {
        self.backing = backing
        self.name = name
        self.mode = mode
        self.isBinary = mode.contains("b")
        self.translatesNewlines = !mode.contains("b")
        super.init(kind: .file, type: BuiltinTypes.shared.textFile)
    }

    deinit {
        if case .file(let handle) = backing { fclose(handle) }
    }

    var isClosed: Bool {
        if case .closed = backing { return true }
        return false
    }
    var isReadable: Bool { mode.contains("r") || mode.contains("+") }
    var isWritable: Bool { mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+") }

    func repr() -> String {
        "<_io.TextIOWrapper name='\(name)' mode='\(mode)' encoding='UTF-8'>"
    }

    func checkOpen(_ vm: VM) throws(PyException) {
        if isClosed { throw vm.valueError("I/O operation on closed file.") }
    }

    func unsupported(_ vm: VM, _ message: String) -> PyException {
        PyException(vm.makeException(vm.unsupportedOperationType, [.string(message)]))
    }

    // MARK: - Reading

    /// Reads up to `count` characters (all when negative).
    func read(_ vm: VM, count: Int) throws(PyException) -> [UInt8] {
        try checkOpen(vm)
        guard isReadable else { throw unsupported(vm, "not readable") }
        var bytes: [UInt8] = []
        if count < 0 {
            while let chunk = try readChunk(vm) { bytes += chunk }
            return translatesNewlines ? PyFile.translateNewlines(bytes) : bytes
        }
        while true {
            let characters = isBinary ? bytes.count : String(decoding: bytes, as: UTF8.self).unicodeScalars.count
            if characters >= count { break }
            guard let byte = try readByte(vm) else { break }
            bytes.append(byte)
            if !isBinary {
                let width = byte < 0x80 ? 0 : byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
                for _ in 0..<width { if let continuation = try readByte(vm) { bytes.append(continuation) } }
            }
        }
        return bytes
    }

    func readChunk(_ vm: VM) throws(PyException) -> [UInt8]? {
        switch backing {
        case .file(let handle):
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = fread(&buffer, 1, buffer.count, handle)
            return count > 0 ? Array(buffer[0..<count]) : nil
        case .input:
            if !pendingInput.isEmpty {
                defer { pendingInput = [] }
                return pendingInput
            }
            guard let line = vm.readLine() else { return nil }
            return Array(line.utf8)
        default:
            return nil
        }
    }

    /// Text mode's universal newlines: `\r\n` and `\r` read as `\n`.
    static func translateNewlines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(13) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13 {
                result.append(10)
                if index + 1 < bytes.count && bytes[index + 1] == 10 { index += 1 }
            } else {
                result.append(bytes[index])
            }
            index += 1
        }
        return result
    }

    func readByte(_ vm: VM) throws(PyException) -> UInt8? {
        switch backing {
        case .file(let handle):
            let byte = getc(handle)
            if byte == EOF { return nil }
            if byte == 13 && translatesNewlines {
                let next = getc(handle)
                if next != 10 && next != EOF { ungetc(next, handle) }
                return 10
            }
            return UInt8(byte)
        case .input:
            if pendingInput.isEmpty {
                guard let line = vm.readLine() else { return nil }
                pendingInput = Array(line.utf8)
                if pendingInput.isEmpty { return nil }
            }
            return pendingInput.removeFirst()
        default:
            return nil
        }
    }

    /// Reads one line including its newline ("" at end of file), at most `limit` characters.
    public func readLine(_ vm: VM, limit: Int = -1) throws(PyException) -> String {
        try checkOpen(vm)
        guard isReadable else { throw unsupported(vm, "not readable") }
        var bytes: [UInt8] = []
        var characters = 0
        while limit < 0 || characters < limit, let byte = try readByte(vm) {
            bytes.append(byte)
            if byte & 0xC0 != 0x80 { characters += 1 }
            if byte >= 0xC0 {
                let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                for _ in 0..<extra { if let continuation = try readByte(vm) { bytes.append(continuation) } }
            }
            if byte == UInt8(ascii: "\n") { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Writing

    /// Writes text (or bytes) and returns how many characters were written.
    func write(_ vm: VM, _ bytes: [UInt8]) throws(PyException) {
        try checkOpen(vm)
        guard isWritable else { throw unsupported(vm, "not writable") }
        switch backing {
        case .file(let handle):
            _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
        case .output(let stream):
            stream.write(String(decoding: bytes, as: UTF8.self))
        default:
            break
        }
    }

    /// Flushes buffered output.
    public func flush() {
        switch backing {
        case .file(let handle): fflush(handle)
        case .output(let stream): stream.flush()
        default: break
        }
    }

    /// Closes the file (standard streams stay usable by the VM).
    func close(_ vm: VM) {
        if case .file(let handle) = backing {
            fclose(handle)
            backing = .closed
            vm.openFiles[ObjectIdentifier(self)] = nil
        } else if case .output(let stream) = backing {
            stream.flush()
        }
    }

    /// Moves the position (`seek`), returning the new position.
    func seek(_ vm: VM, offset: Int, whence: Int) throws(PyException) -> Int {
        try checkOpen(vm)
        guard case .file(let handle) = backing else { throw unsupported(vm, "underlying stream is not seekable") }
        fseek(handle, offset, Int32(whence))
        return ftell(handle)
    }

    /// The current position (`tell`).
    func tell(_ vm: VM) throws(PyException) -> Int {
        try checkOpen(vm)
        guard case .file(let handle) = backing else { throw unsupported(vm, "underlying stream is not seekable") }
        return ftell(handle)
    }
}

extension VM {
    /// `io.UnsupportedOperation`, created on first use.
    var unsupportedOperationType: PyType {
        if let existing = unsupportedOperation { return existing }
        let types = BuiltinTypes.shared
        let created = try! PyType(name: "UnsupportedOperation", qualifiedName: "UnsupportedOperation", moduleName: "io",
                                  bases: [types.exception("OSError"), types.exception("ValueError")], dict: PyDict(),
                                  layout: .exception, metatype: types.type)
        retainClass(created)
        unsupportedOperation = created
        return created
    }

    /// `open(path, mode)`.
    public func openFile(_ path: String, mode: String) throws(PyException) -> PyFile {
        let valid = ["r", "w", "a", "x", "r+", "w+", "a+", "rb", "wb", "ab", "rt", "wt", "at", "r+b", "rb+", "w+b", "wb+", "xb"]
        guard valid.contains(mode) else { throw valueError("invalid mode: '\(mode)'") }
        var cMode = mode.replacingOccurrences("t", with: "")
        if cMode.hasPrefix("x") {
            if access(path, F_OK) == 0 { throw osError(EEXIST, path) }
            cMode = "w" + cMode.dropFirst()
        }
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR { throw osError(EISDIR, path) }
        guard let handle = fopen(path, cMode) else { throw osError(errno, path) }
        let file = PyFile(backing: .file(handle), name: path, mode: mode)
        openFiles[ObjectIdentifier(file)] = file
        return file
    }

    /// The OSError subclass CPython raises for an errno, with `[Errno n] message: 'path'`.
    public func osError(_ code: Int32, _ path: String?) -> PyException {
        let name: String
        switch code {
        case ENOENT: name = "FileNotFoundError"
        case EEXIST: name = "FileExistsError"
        case EISDIR: name = "IsADirectoryError"
        case ENOTDIR: name = "NotADirectoryError"
        case EACCES, EPERM: name = "PermissionError"
        default: name = "OSError"
        }
        let message = String(cString: strerror(code))
        let exception = makeException(BuiltinTypes.shared.exception(name), [.int(Int(code)), .string(message)])
        exception.dict.store(string: intern("errno"), .int(Int(code)))
        exception.dict.store(string: intern("strerror"), .string(message))
        exception.dict.store(string: intern("filename"), path.map { Value.string($0) } ?? .none)
        return PyException(exception)
    }

    func fileSpecialAttribute(_ file: PyFile, _ name: String) -> Value? {
        switch name {
        case "name": return .string(file.name)
        case "mode": return .string(file.mode)
        case "closed": return .bool(file.isClosed)
        case "encoding": return .string("UTF-8")
        default: return nil
        }
    }
}
