import Bytecode
import Compiler
import Support
import Syntax
import VM
#if canImport(Glibc)
import Glibc
#endif

/// Finds and runs modules written in the dialect: files on `sys.path`, then the embedded stdlib.
final class ModuleLoader {
    /// Loads module `name`: nil when no source exists, else the module or the exception its
    /// compilation or execution raised.
    func load(_ vm: VM, _ name: String) -> Result<PyModule, PyException>? {
        guard let (source, filename, isPackage) = find(vm, name) else { return nil }
        let text = SourceText(name: filename, text: source)
        vm.sources[filename] = text
        let code: CodeObject
        do {
            code = try Compiler.compile(source: source, filename: filename)
        } catch {
            return .failure(syntaxException(vm, error, text))
        }
        let module = PyModule(name: name)
        module.dict.store(string: vm.intern("__file__"), .string(filename))
        module.dict.store(string: vm.intern("__builtins__"), .object(vm.builtinsModule))
        let package = isPackage ? name : String(name.split(separator: ".").dropLast().joined(separator: "."))
        module.dict.store(string: vm.intern("__package__"), .string(package))
        vm.modules.store(string: vm.intern(name), .object(module))
        do throws(PyException) {
            _ = try vm.runModuleCode(code, globals: module.dict)
            return .success(module)
        } catch {
            _ = try? vm.modules.remove(.object(vm.intern(name)), vm)
            return .failure(error)
        }
    }

    /// The source, file name and package flag of module `name`.
    func find(_ vm: VM, _ name: String) -> (String, String, Bool)? {
        let relative = name.split(separator: ".").joined(separator: "/")
        for directory in vm.searchPath {
            let base = directory.isEmpty ? relative : directory + "/" + relative
            if let text = readFile(base + ".py") { return (text, base + ".py", false) }
            if let text = readFile(base + "/__init__.py") { return (text, base + "/__init__.py", true) }
        }
        if let text = EmbeddedStdlib.modules[name] {
            let isPackage = EmbeddedStdlib.packages.contains(name)
            return (text, "<prism>/\(relative)\(isPackage ? "/__init__" : "").py", isPackage)
        }
        return nil
    }

    func readFile(_ path: String) -> String? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A Python SyntaxError exception for a compile error in an imported module.
    func syntaxException(_ vm: VM, _ error: SyntaxError, _ text: SourceText) -> PyException {
        let type = BuiltinTypes.shared.exception(error.kind.rawValue)
        let exception = vm.makeException(type, [.string(error.message)])
        let line = Int(error.location.line)
        exception.dict.store(string: vm.intern("filename"), .string(text.name))
        exception.dict.store(string: vm.intern("lineno"), .int(line))
        exception.dict.store(string: vm.intern("offset"), .int(text.characterColumn(line: line, byteColumn: Int(error.location.column)) + 1))
        exception.dict.store(string: vm.intern("text"), .string(text.line(line)))
        exception.dict.store(string: vm.intern("msg"), .string(error.message))
        return PyException(exception)
    }
}
