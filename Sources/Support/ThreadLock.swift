#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with one condition variable ("something changed"), shared by the engines' threads:
/// the object store's lock and the actor system's.
public final class ThreadLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// Creates the mutex and a condition variable timed on `Deadline.clock`.
    public init() {
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        #if os(Linux)
        pthread_condattr_setclock(&attributes, Deadline.clock)
        #endif
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Takes the mutex.
    public func lock() {
        pthread_mutex_lock(mutex)
    }

    /// Releases the mutex.
    public func unlock() {
        pthread_mutex_unlock(mutex)
    }

    /// Runs `body` holding the mutex.
    @inline(__always)
    public func locked<R>(_ body: () throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Wakes every thread waiting on the condition (call with the mutex held).
    public func broadcast() {
        pthread_cond_broadcast(condition)
    }

    /// With the mutex held: waits for a broadcast (or a spurious wake-up) until the deadline, nil
    /// meaning forever. Returns false when the deadline passed.
    @discardableResult
    public func wait(until deadline: Deadline? = nil) -> Bool {
        guard let deadline else {
            pthread_cond_wait(condition, mutex)
            return true
        }
        var time = deadline.time
        return pthread_cond_timedwait(condition, mutex, &time) != ETIMEDOUT
    }
}

/// A point in time on the clock the condition variable is timed on.
public struct Deadline {
    #if os(Linux)
    /// The monotonic clock, so changes of the wall clock do not stretch timeouts.
    public static let clock = CLOCK_MONOTONIC
    #else
    /// The wall clock, the only one `pthread_cond_timedwait` accepts here.
    public static let clock = CLOCK_REALTIME
    #endif

    /// The absolute time.
    public let time: timespec

    /// The deadline `seconds` from now; nil (or infinity) means no deadline, negative or NaN means now.
    public static func after(seconds: Double?) -> Deadline? {
        guard let seconds, !(seconds >= 1e9) else {
            return nil
        }
        let delay = seconds > 0 ? seconds : 0
        var now = timespec()
        clock_gettime(clock, &now)
        let whole = Int(delay)
        var nanoseconds = Int(now.tv_nsec) + Int((delay - Double(whole)) * 1e9)
        var wholeSeconds = Int(now.tv_sec) + whole
        if nanoseconds >= 1_000_000_000 {
            nanoseconds -= 1_000_000_000
            wholeSeconds += 1
        }
        return Deadline(time: timespec(tv_sec: wholeSeconds, tv_nsec: nanoseconds))
    }
}
