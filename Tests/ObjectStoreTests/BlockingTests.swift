import Foundation
import Testing
@testable import ObjectStore

/// Blocking reads, timeouts, Ray's `wait` and `onReady` callbacks.
@Suite("Object store: waiting")
struct BlockingTests {
    @Test("Sealing a pending object wakes a reader blocked on another thread")
    func sealWakesReader() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let id = store.create(owner: "task")
        let started = DispatchSemaphore(value: 0)
        let result = Shared<Result<[UInt8], ObjectStoreError>?>(nil)
        let done = onThread {
            started.signal()
            let outcome = Result { () throws(ObjectStoreError) in try store.copyPayload(id, timeout: 30).bytes }
            result.update { $0 = outcome }
        }
        started.wait()
        Thread.sleep(forTimeInterval: 0.1)
        #expect(result.value == nil)
        try seal(store, id, [5, 6, 7])
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(result.value == .success([5, 6, 7]))
    }

    @Test("Dropping a pending object wakes its blocked reader with notFound")
    func dropWakesReader() {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let id = store.create(owner: "task")
        let started = DispatchSemaphore(value: 0)
        let result = Shared<Result<[UInt8], ObjectStoreError>?>(nil)
        let done = onThread {
            started.signal()
            let outcome = Result { () throws(ObjectStoreError) in try store.copyPayload(id, timeout: 30).bytes }
            result.update { $0 = outcome }
        }
        started.wait()
        Thread.sleep(forTimeInterval: 0.05)
        store.removeReference(id)
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(result.value == .failure(.notFound(id)))
    }

    @Test("A read of a pending object times out after about the timeout")
    func readTimeout() {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let id = store.create(owner: "task")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: ObjectStoreError.timeout) { _ = try store.copyPayload(id, timeout: 0.3) }
        let elapsed = clock.now - start
        #expect(elapsed >= .milliseconds(290))
        #expect(elapsed < .seconds(5))
        #expect(throws: ObjectStoreError.timeout) {
            _ = try store.withPayloads([id], timeout: 0) { _, _, _ in 0 }
        }
    }

    @Test("wait returns the ready indices, at most numReturns, in order, and the rest")
    func waitIndices() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let ready0 = try put(store, [0])
        let pending1 = store.create(owner: "task")
        let ready2 = try put(store, [2])
        let pending3 = store.create(owner: "task")
        let ids = [ready0, pending1, ready2, pending3]

        #expect(store.wait(ids, numReturns: 1, timeout: 0) == ([0], [1, 2, 3]))
        #expect(store.wait(ids, numReturns: 2, timeout: nil) == ([0, 2], [1, 3]))

        let clock = ContinuousClock()
        var start = clock.now
        #expect(store.wait(ids, numReturns: 3, timeout: 0.2) == ([0, 2], [1, 3]))
        #expect(clock.now - start >= .milliseconds(190))

        start = clock.now
        #expect(store.wait([pending1, pending3], numReturns: 1, timeout: 0.1) == ([], [0, 1]))
        #expect(clock.now - start >= .milliseconds(90))

        let done = onThread {
            Thread.sleep(forTimeInterval: 0.1)
            try? seal(store, pending3, [3])
        }
        start = clock.now
        #expect(store.wait(ids, numReturns: 3, timeout: 30) == ([0, 2, 3], [1]))
        #expect(clock.now - start < .seconds(10))
        #expect(done.wait(timeout: .now() + 10) == .success)

        store.removeReference(pending1)  // freed: waiting for it is over
        #expect(store.wait([pending1], numReturns: 1, timeout: nil) == ([0], []))
    }

    @Test("onReady runs at once for ready or unknown objects, and on seal for pending ones")
    func onReady() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let calls = Shared<[String]>([])
        let ready = try put(store, [1])
        store.onReady(ready) { calls.update { $0.append("ready") } }
        #expect(calls.value == ["ready"])
        store.onReady(ObjectID(raw: 999)) { calls.update { $0.append("unknown") } }
        #expect(calls.value == ["ready", "unknown"])

        let pending = store.create(owner: "task")
        store.onReady(pending) { calls.update { $0.append("sealed 1") } }
        store.onReady(pending) { calls.update { $0.append("sealed 2") } }
        #expect(calls.value == ["ready", "unknown"])
        let done = onThread { try? seal(store, pending, [2]) }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(calls.value == ["ready", "unknown", "sealed 1", "sealed 2"])

        let dropped = store.create(owner: "task")
        store.onReady(dropped) { calls.update { $0.append("dropped") } }
        store.removeReference(dropped)
        #expect(calls.value.last == "dropped")
    }

    @Test("A callback may use the store (it runs outside the lock)")
    func callbackUsesStore() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let pending = store.create(owner: "task")
        let seen = Shared<[UInt8]>([])
        store.onReady(pending) {
            let bytes = (try? store.copyPayload(pending, timeout: 0).bytes) ?? []
            seen.update { $0 = bytes }
        }
        try seal(store, pending, [8, 9])
        #expect(seen.value == [8, 9])
    }
}
