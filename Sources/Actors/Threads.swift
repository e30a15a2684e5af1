#if canImport(Glibc)
import Glibc
#endif

/// Starts a detached thread with a large stack (interpreters recurse deeply) running `body`.
func startThread(stackSize: Int = 512 << 20, _ body: @escaping @Sendable () -> Void) {
    final class Box: @unchecked Sendable { let body: @Sendable () -> Void; init(_ body: @escaping @Sendable () -> Void) { self.body = body } }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, stackSize)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    pthread_create(&thread, &attributes, { raw in
        guard let raw else { return nil }
        let box = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue()
        (box as? Box)?.body()
        return nil
    }, box)
    pthread_attr_destroy(&attributes)
}
