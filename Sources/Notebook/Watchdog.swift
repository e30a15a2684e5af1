#if canImport(Glibc)
import Glibc
#endif
import VM

/// Enforces timeouts on the interpreter thread from a second thread.
///
/// The two threads share only raw memory: the deadline and stop words below, and the VM's
/// interrupt flag and attention countdown. (The VM's objects count references without atomics and
/// must never be touched from here.) When the deadline passes, the watchdog asks the VM for a
/// TimeoutError, which it raises at the next loop back-edge, call or sleep.
final class Watchdog {
    /// What the watchdog thread reads and writes.
    struct Shared {
        var deadline: Double = 0
        var stop: Int32 = 0
        var interruptFlag: UnsafeMutablePointer<Int32>
        var attention: UnsafeMutablePointer<Int>
    }

    private let shared: UnsafeMutablePointer<Shared>
    private var thread = pthread_t()
    private var started = false

    /// Creates a watchdog for `vm` (not yet armed).
    init(vm: VM) {
        shared = .allocate(capacity: 1)
        shared.initialize(to: Shared(interruptFlag: vm.interruptFlag, attention: vm.attention))
    }

    deinit {
        stop()
        shared.deinitialize(count: 1)
        shared.deallocate()
    }

    /// The monotonic clock, in seconds.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Fires `seconds` from now (nil disarms).
    func arm(seconds: Double?) {
        startIfNeeded()
        shared.pointee.deadline = seconds.map { Watchdog.now() + $0 } ?? 0
    }

    private func startIfNeeded() {
        guard !started else { return }
        started = true
        pthread_create(&thread, nil, { pointer in
            guard let pointer else { return nil }  // pthread_create passes the pointer given below
            let shared = pointer.assumingMemoryBound(to: Shared.self)
            var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
            while shared.pointee.stop == 0 {
                let deadline = shared.pointee.deadline
                if deadline > 0 && Watchdog.now() >= deadline {
                    shared.pointee.deadline = 0
                    shared.pointee.interruptFlag.pointee = VM.timeoutRequest
                    shared.pointee.attention.pointee = 0
                }
                nanosleep(&pause, nil)
            }
            return nil
        }, UnsafeMutableRawPointer(shared))
    }

    /// Stops the watchdog thread and waits for it.
    func stop() {
        guard started else { return }
        shared.pointee.stop = 1
        pthread_join(thread, nil)
        started = false
    }
}
