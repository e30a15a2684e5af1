#if canImport(Glibc)
import Glibc
#endif

/// The `os` and `os.path` modules (POSIX only).
extension VM {
    func makeOSModule() -> PyModule {
        let path = (modules.lookup(string: intern("posixpath"))?.asObject as? PyModule) ?? makePathModule()
        modules.store(string: intern("posixpath"), .object(path))
        modules.store(string: intern("os.path"), .object(path))
        return nativeModule("os") { module in
            constant(module, "path", .object(path))
            constant(module, "sep", .string("/"))
            constant(module, "pathsep", .string(":"))
            constant(module, "linesep", .string("\n"))
            constant(module, "curdir", .string("."))
            constant(module, "pardir", .string(".."))
            constant(module, "extsep", .string("."))
            constant(module, "name", .string("posix"))
            constant(module, "devnull", .string("/dev/null"))
            let environment = PyDict()
            var pointer = environ
            while let entry = pointer.pointee {
                let text = String(cString: entry)
                if let equals = text.firstIndex(of: "=") {
                    environment.store(string: intern(String(text[..<equals])), .string(String(text[text.index(after: equals)...])))
                }
                pointer += 1
            }
            constant(module, "environ", .object(environment))
            function(module, "getenv") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "getenv", 1, 2)
                let name = try vm.stringArgument(args[0], "str expected, not \(vm.typeName(args[0]))")
                return environment.lookup(string: vm.intern(name)) ?? args.positional(1) ?? .none
            }
            function(module, "getcwd") { (vm: VM, _: Arguments) throws(PyException) -> Value in .string(vm.currentDirectory()) }
            function(module, "getpid") { (_: VM, _: Arguments) throws(PyException) -> Value in .int(Int(getpid())) }
            function(module, "cpu_count") { (_: VM, _: Arguments) throws(PyException) -> Value in .int(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
            function(module, "listdir") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "listdir", 0, 1)
                let directory = try args.positional(0).map { (value: Value) throws(PyException) -> String in try vm.pathArgument(value, "listdir") } ?? "."
                return .object(PyList(try vm.listDirectory(directory).map { Value.string($0) }))
            }
            function(module, "mkdir") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "mkdir", 1, 2, keywords: true)
                let target = try vm.pathArgument(args[0], "mkdir")
                if Glibc.mkdir(target, 0o777) != 0 { throw vm.osError(errno, target) }
                return .none
            }
            function(module, "makedirs") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.allowKeywords(vm, "makedirs", ["name", "mode", "exist_ok"])
                guard let nameValue = args.argument(0, "name") else { throw vm.typeError("makedirs() missing required argument 'name'") }
                let target = try vm.pathArgument(nameValue, "makedirs")
                let existOK = try vm.isTrue(args.argument(2, "exist_ok") ?? .bool(false))
                try vm.makeDirectories(target, existOK: existOK)
                return .none
            }
            for (name, operation) in [("remove", { (path: String) in unlink(path) }), ("unlink", { unlink($0) }), ("rmdir", { Glibc.rmdir($0) })] {
                function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                    try args.expect(vm, name, 1, 1)
                    let target = try vm.pathArgument(args[0], name)
                    if operation(target) != 0 { throw vm.osError(errno, target) }
                    return .none
                }
            }
            for name in ["rename", "replace"] {
                function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                    try args.expect(vm, name, 2, 2)
                    let source = try vm.pathArgument(args[0], name)
                    let destination = try vm.pathArgument(args[1], name)
                    if Glibc.rename(source, destination) != 0 { throw vm.osError(errno, source) }
                    return .none
                }
            }
            function(module, "walk") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let top = try vm.pathArgument(args.argument(0, "top") ?? .string("."), "walk")
                var pending = [top]
                return .object(PyIterator(type: BuiltinTypes.shared.genericIterator) { (vm: VM) throws(PyException) -> Value? in
                    while let directory = pending.first {
                        pending.removeFirst()
                        guard let names = try? vm.listDirectory(directory) else { continue }
                        var directories: [Value] = []
                        var files: [Value] = []
                        for name in names {
                            let full = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                            if vm.fileKind(full) == S_IFDIR { directories.append(.string(name)) } else { files.append(.string(name)) }
                        }
                        let subdirectories = PyList(directories)
                        pending.insert(contentsOf: directories.compactMap { $0.asString.map { directory.hasSuffix("/") ? directory + $0.value : directory + "/" + $0.value } }, at: 0)
                        return .object(PyTuple([.string(directory), .object(subdirectories), .object(PyList(files))]))
                    }
                    return nil
                })
            }
        }
    }

    func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }

    /// The entries of a directory (without `.` and `..`), in the order the file system returns them.
    func listDirectory(_ path: String) throws(PyException) -> [String] {
        guard let handle = opendir(path) else { throw osError(errno, path) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    func makeDirectories(_ path: String, existOK: Bool) throws(PyException) {
        if fileKind(path) == S_IFDIR {
            if existOK { return }
            throw osError(EEXIST, path)
        }
        let parent = PathFunctions.split(path).0
        if !parent.isEmpty && parent != path && fileKind(parent) == nil { try makeDirectories(parent, existOK: true) }
        if Glibc.mkdir(path, 0o777) != 0 && !(existOK && errno == EEXIST) { throw osError(errno, path) }
    }

    /// The file type bits of a path (S_IFDIR, S_IFREG, ...), or nil when it does not exist.
    func fileKind(_ path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }

    func makePathModule() -> PyModule {
        nativeModule("posixpath") { module in
            constant(module, "sep", .string("/"))
            func stringFunction(_ name: String, _ body: @escaping (String) -> String) {
                function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                    try args.expect(vm, name, 1, 1)
                    return .string(body(try vm.pathArgument(args[0], name)))
                }
            }
            stringFunction("basename") { PathFunctions.split($0).1 }
            stringFunction("dirname") { PathFunctions.split($0).0 }
            stringFunction("normpath") { PathFunctions.normalize($0) }
            stringFunction("abspath") { [unowned self] path in PathFunctions.normalize(path.hasPrefix("/") ? path : self.currentDirectory() + "/" + path) }
            stringFunction("realpath") { [unowned self] path in PathFunctions.normalize(path.hasPrefix("/") ? path : self.currentDirectory() + "/" + path) }
            stringFunction("expanduser") { path in
                guard path.hasPrefix("~") else { return path }
                let home = String(cString: getenv("HOME") ?? strdup("/"))
                return home + path.dropFirst()
            }
            function(module, "join") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                guard args.positionalCount >= 1 else { throw vm.typeError("join() missing 1 required positional argument: 'a'") }
                var result = try vm.pathArgument(args[0], "join")
                for index in 1..<args.positionalCount {
                    let part = try vm.pathArgument(args[index], "join")
                    if part.hasPrefix("/") { result = part } else if result.isEmpty || result.hasSuffix("/") { result += part } else { result += "/" + part }
                }
                return .string(result)
            }
            function(module, "split") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "split", 1, 1)
                let (head, tail) = PathFunctions.split(try vm.pathArgument(args[0], "split"))
                return .object(PyTuple([.string(head), .string(tail)]))
            }
            function(module, "splitext") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "splitext", 1, 1)
                let (root, suffix) = PathFunctions.splitExtension(try vm.pathArgument(args[0], "splitext"))
                return .object(PyTuple([.string(root), .string(suffix)]))
            }
            function(module, "isabs") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                .bool(try vm.pathArgument(args[0], "isabs").hasPrefix("/"))
            }
            for (name, test) in [("exists", { (kind: mode_t?) in kind != nil }), ("isfile", { $0 == S_IFREG }),
                                 ("isdir", { $0 == S_IFDIR }), ("islink", { _ in false })] {
                function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                    try args.expect(vm, name, 1, 1)
                    guard let path = args[0].asString?.value else { return .bool(false) }
                    return .bool(test(vm.fileKind(path)))
                }
            }
            function(module, "getsize") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let path = try vm.pathArgument(args[0], "getsize")
                var status = stat()
                guard stat(path, &status) == 0 else { throw vm.osError(errno, path) }
                return .int(Int(status.st_size))
            }
            function(module, "relpath") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "relpath", 1, 2)
                let cwd = vm.currentDirectory()
                let target = PathFunctions.normalize(PathFunctions.absolute(try vm.pathArgument(args[0], "relpath"), cwd))
                let start = PathFunctions.normalize(PathFunctions.absolute(args.positionalCount == 2 ? try vm.pathArgument(args[1], "relpath") : cwd, cwd))
                return .string(PathFunctions.relative(target, from: start))
            }
            function(module, "commonpath") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "commonpath", 1, 1)
                let paths = try vm.collect(args[0]).map { (value: Value) throws(PyException) -> String in try vm.pathArgument(value, "commonpath") }
                guard let first = paths.first else { throw vm.valueError("commonpath() arg is an empty sequence") }
                let absolute = first.hasPrefix("/")
                if paths.contains(where: { $0.hasPrefix("/") != absolute }) { throw vm.valueError("Can't mix absolute and relative paths") }
                let split = paths.map { $0.split(separator: "/").filter { $0 != "." } }
                var common = split[0]
                for parts in split.dropFirst() {
                    var count = 0
                    while count < min(common.count, parts.count) && common[count] == parts[count] { count += 1 }
                    common = Array(common.prefix(count))
                }
                return .string((absolute ? "/" : "") + common.joined(separator: "/"))
            }
            function(module, "commonprefix") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let paths = try vm.collect(args[0]).compactMap { $0.asString?.value }
                guard var prefix = paths.first else { return .string("") }
                for path in paths.dropFirst() {
                    while !path.hasPrefix(prefix) { prefix.removeLast() }
                }
                return .string(prefix)
            }
        }
    }
}

/// POSIX path manipulation, as `posixpath` does it.
enum PathFunctions {
    /// `(head, tail)` around the last slash, trailing slashes trimmed from the head.
    static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        var head = String(path[...slash])
        let tail = String(path[path.index(after: slash)...])
        if !head.allSatisfy({ $0 == "/" }) {
            while head.hasSuffix("/") { head.removeLast() }
        }
        return (head, tail)
    }

    /// `(root, ext)`: the extension starts at the last dot of the last component, unless the
    /// component only starts with dots.
    static func splitExtension(_ path: String) -> (String, String) {
        let characters = Array(path)
        let slash = characters.lastIndex(of: "/") ?? -1
        guard let dot = characters.lastIndex(of: "."), dot > slash else { return (path, "") }
        var index = slash + 1
        while index < dot {
            if characters[index] != "." { return (String(characters[..<dot]), String(characters[dot...])) }
            index += 1
        }
        return (path, "")
    }

    /// Collapses `.`, `..` and repeated slashes.
    static func normalize(_ path: String) -> String {
        if path.isEmpty { return "." }
        let initialSlashes = path.hasPrefix("//") && !path.hasPrefix("///") ? 2 : (path.hasPrefix("/") ? 1 : 0)
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." {
                if !parts.isEmpty && parts.last != ".." { parts.removeLast(); continue }
                if initialSlashes > 0 { continue }
            }
            parts.append(component)
        }
        let body = parts.joined(separator: "/")
        let result = String(repeating: "/", count: initialSlashes) + body
        return result.isEmpty ? "." : result
    }

    static func absolute(_ path: String, _ cwd: String) -> String {
        path.hasPrefix("/") ? path : cwd + "/" + path
    }

    /// The relative path from `start` to `target` (both normalized and absolute).
    static func relative(_ target: String, from start: String) -> String {
        let targetParts = target.split(separator: "/")
        let startParts = start.split(separator: "/")
        var common = 0
        while common < min(targetParts.count, startParts.count) && targetParts[common] == startParts[common] { common += 1 }
        let parts = Array(repeating: "..", count: startParts.count - common) + targetParts[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
