#if canImport(Glibc)
import Glibc
#endif

/// Refusing allocations that cannot succeed. CPython raises MemoryError when `malloc` fails, which
/// under Linux's default overcommit heuristics happens for requests larger than the machine's
/// memory; Swift's allocator would instead stop the process. So sizes computed from user input
/// (`[0] * n`, `bytes(n)`, a format width) are checked against the physical memory first.
extension VM {
    /// The largest single allocation attempted, in bytes: the machine's physical memory.
    static let allocationLimit: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return 1 << 34 }
        let (bytes, overflow) = pages.multipliedReportingOverflow(by: pageSize)
        return overflow ? Int.max : bytes
    }()

    /// Raises MemoryError unless `count` elements of `elementSize` bytes can be allocated.
    @inline(__always)
    func checkAllocation(count: Int, elementSize: Int) throws(PyException) {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: elementSize)
        if overflow || bytes > VM.allocationLimit { throw raise("MemoryError") }
    }
}
