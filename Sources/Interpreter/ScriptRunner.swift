import Support
import Syntax
import VM
#if canImport(Glibc)
import Glibc
#endif

/// Runs a `.py` script as `prism run FILE` does: exit status 0 on success, 1 on an uncaught
/// exception (with a traceback on stderr), 2 on a syntax error or an unreadable file, the status
/// of `sys.exit()`, and 130 after an uncaught KeyboardInterrupt.
public enum ScriptRunner {
    /// Runs the script at `path` with `arguments` as `sys.argv[1...]` and returns the exit status.
    /// A `stepBudget` bounds the loop iterations and calls the script may make (see `VM.setStepBudget`).
    public static func run(path: String, arguments: [String], stepBudget: Int? = nil) -> Int32 {
        InterpreterThread.run {
            runOnCurrentThread(path: path, arguments: arguments, stepBudget: stepBudget)
        }
    }

    static func runOnCurrentThread(path: String, arguments: [String], stepBudget: Int?) -> Int32 {
        guard let source = readSource(path) else {
            let message = String(cString: strerror(errno))
            writeError("prism: can't open file '\(absolutePath(path))': [Errno \(errno)] \(message)\n")
            return 2
        }
        let directory = PathDirectory.of(absolutePath(path))
        let session = Session(argv: [path] + arguments, searchPath: [directory])
        session.vm.setNativeStackLimit(size: InterpreterThread.stackSize)
        if let stepBudget { session.vm.setStepBudget(stepBudget) }
        Interrupts.install(session.vm)
        defer { Interrupts.uninstall() }
        let outcome = session.run(source: source, filename: absolutePath(path))
        let status = finish(session, outcome)
        // The process exits next: the session's objects are left to the OS rather than freed one by
        // one (for a script holding a million strings that takes a third of a second). `finish`
        // has flushed every open file.
        _ = Unmanaged.passRetained(session)
        return status
    }

    /// Prints what an outcome needs printed and returns the exit status.
    public static func finish(_ session: Session, _ outcome: RunOutcome) -> Int32 {
        let vm = session.vm
        switch outcome {
        case .finished:
            vm.flushAll()
            return 0
        case .exited(let status):
            vm.flushAll()
            return status
        case .syntaxError(let error, let source):
            vm.flushAll()
            writeError(TracebackFormatter.format(error, in: source))
            return error.kind == .recursion ? 1 : 2
        case .raised(let exception):
            vm.flushAll()
            vm.stderr.write(session.traceback(exception))
            vm.flushAll()
            return exception.object.type === BuiltinTypes.shared.exception("KeyboardInterrupt") ? 130 : 1
        }
    }

    static func readSource(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            return nil
        }
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

    /// The absolute form of a path (relative paths are resolved against the working directory).
    public static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

/// The directory part of a path.
extension ScriptRunner {
    /// The absolute directory of a file, which becomes the first entry of `sys.path`.
    public static func directory(of path: String) -> String { PathDirectory.of(absolutePath(path)) }
}

/// The directory part of a path.
enum PathDirectory {
    static func of(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }
}

/// Runs the interpreter on a thread with a large stack, so deep recursion reaches the recursion
/// limit (a RecursionError) long before the native stack runs out.
public enum InterpreterThread {
    /// The interpreter thread's stack size: 512 MiB of address space (pages are committed on use).
    public static let stackSize = 512 * 1024 * 1024

    final class Job {
        let body: () -> Int32
        var result: Int32 = 0
        init(_ body: @escaping () -> Int32) { self.body = body }
    }

    /// Runs `body` on a new thread with a large stack and returns its result.
    public static func run(_ body: @escaping () -> Int32) -> Int32 {
        let job = Job(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        let started = pthread_create(&thread, &attributes, { pointer in
            let job = Unmanaged<Job>.fromOpaque(pointer!).takeUnretainedValue()
            job.result = job.body()
            return nil
        }, Unmanaged.passUnretained(job).toOpaque())
        if started != 0 { return body() }
        pthread_join(thread, nil)
        return job.result
    }
}

/// SIGINT handling: a Ctrl-C sets the running VM's interrupt flag, which the VM turns into a
/// KeyboardInterrupt at the next loop back-edge, call or sleep.
public enum Interrupts {
    nonisolated(unsafe) static var target: UnsafeMutablePointer<Int32>?
    nonisolated(unsafe) static var countdown: UnsafeMutablePointer<Int>?

    /// Routes SIGINT to `vm`: sets its interrupt flag and zeroes its attention countdown. SIGINT is
    /// unblocked on the calling thread, since a parent process may have started Prism with it blocked
    /// (threaded parents often do, and the mask survives `exec`).
    public static func install(_ vm: VM) {
        target = vm.interruptFlag
        countdown = vm.attention
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)  // inherited blocked, it would make Prism unkillable but by SIGKILL
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGINT) { _ in
            Interrupts.target?.pointee = 1
            Interrupts.countdown?.pointee = 0
        }
    }

    /// Restores the default SIGINT behaviour.
    public static func uninstall() {
        signal(SIGINT, SIG_DFL)
        target = nil
        countdown = nil
    }
}
