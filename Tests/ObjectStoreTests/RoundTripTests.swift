import Foundation
import Testing
@testable import ObjectStore

/// Storing and reading payloads, ids and reports.
@Suite("Object store: round trips")
struct RoundTripTests {
    @Test("Bytes put in come back exactly, as a copy and as a view")
    func roundTrip() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let bytes = pattern(3, count: 1000)
        let id = try put(store, bytes)
        let copy = try store.copyPayload(id, timeout: 0)
        #expect(copy.bytes == bytes)
        #expect(copy.isError == false)
        let viewed = try store.withPayloads([id], timeout: 0) { index, view, isError in
            (index, Array(view), isError)
        }
        #expect(viewed.count == 1)
        #expect(viewed[0].0 == 0 && viewed[0].1 == bytes && viewed[0].2 == false)
        #expect(store.isReady(id))
        #expect(store.statistics.inMemoryBytes == 1000)
        #expect(store.statistics.objectCount == 1)
    }

    @Test("Several payloads are viewed in the order asked, with their error flags; empty payloads work")
    func severalPayloads() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let a = try put(store, [1, 2, 3])
        let b = try put(store, [], owner: "empty")
        let c = try put(store, [9], isError: true)
        let seen = try store.withPayloads([c, a, b, a], timeout: nil) { index, view, isError in
            "\(index):\(Array(view)):\(isError)"
        }
        #expect(seen == ["0:[9]:true", "1:[1, 2, 3]:false", "2:[]:false", "3:[1, 2, 3]:false"])
        #expect(try store.copyPayload(b, timeout: 0).bytes.isEmpty)
    }

    @Test("Ids are unique and increasing; their hex has Ray's 40-digit shape")
    func ids() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        var ids: [ObjectID] = []
        for index in 0..<50 {
            ids.append(index % 2 == 0 ? store.create(owner: "task") : try put(store, [UInt8(index)]))
        }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        for (earlier, later) in zip(ids, ids.dropFirst()) {
            #expect(earlier < later)
        }
        #expect(ObjectID(raw: 0x2a).description == "000000000000002affffffffffffffff01000000")
        #expect(ids.allSatisfy { $0.description.count == 40 })
    }

    @Test("A body's error propagates and leaves the objects unpinned")
    func bodyThrows() throws {
        struct Stop: Error {}
        let store = ObjectStore(budget: 1000, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let id = try put(store, pattern(1, count: 600))
        #expect(throws: Stop.self) {
            _ = try store.withPayloads([id], timeout: 0) { _, _, _ in throw Stop() }
        }
        _ = try put(store, pattern(2, count: 600))
        #expect(state(store, id) == .spilled)
    }

    @Test("Reading an id the store does not hold throws notFound")
    func notFound() throws {
        let store = ObjectStore(budget: 1000, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let missing = ObjectID(raw: 77)
        #expect(throws: ObjectStoreError.notFound(missing)) {
            _ = try store.copyPayload(missing, timeout: nil)
        }
        #expect(!store.isReady(missing))
        #expect(store.nestedReferences(missing).isEmpty)
    }

    @Test("Summaries are sorted by id and the memory summary lists objects and totals")
    func reports() throws {
        let store = ObjectStore(budget: 2000, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let pending = store.create(owner: "task f")
        let ready = try put(store, pattern(0, count: 1500), owner: "driver")
        let failed = try put(store, [1], isError: true, owner: "task g")
        let summary = store.summary()
        #expect(summary.map(\.id) == [pending, ready, failed])
        #expect(summary.map(\.state) == [.pending, .inMemory, .inMemory])
        #expect(summary.map(\.owner) == ["task f", "driver", "task g"])
        #expect(summary.map(\.isError) == [false, false, true])
        #expect(summary[1].size == 1500 && summary[1].referenceCount == 1)
        let text = store.memorySummary()
        #expect(text.contains(ready.description))
        #expect(text.contains("driver"))
        #expect(text.contains("pending"))
        #expect(text.contains("in memory (error)"))
        #expect(text.contains("In memory: 1.5 KB / 2.0 KB budget"))
        #expect(text.contains("Objects: 3"))
        #expect(store.statistics == StoreStatistics(
            objectCount: 3, inMemoryBytes: 1501, spilledBytes: 0, spilledTotal: 0, restoredTotal: 0, budget: 2000))
    }

    @Test("Byte counts read as B, KB, MB")
    func byteFormatting() {
        #expect(formatBytes(0) == "0 B")
        #expect(formatBytes(999) == "999 B")
        #expect(formatBytes(1000) == "1.0 KB")
        #expect(formatBytes(1560) == "1.6 KB")
        #expect(formatBytes(120_000_000) == "120.0 MB")
        #expect(formatBytes(999_999) == "1.0 MB")
    }
}
