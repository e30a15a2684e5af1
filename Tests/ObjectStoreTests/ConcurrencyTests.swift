import Foundation
import Testing
@testable import ObjectStore

/// Many threads using one store with a small budget.
@Suite("Object store: concurrency")
struct ConcurrencyTests {
    @Test("4 threads x 2000 put/get/removeReference under a small budget keep every byte intact")
    func stress() throws {
        let directory = temporaryPath()
        let store = ObjectStore(budget: 16_000, spillDirectory: directory)
        defer { store.shutdown(); removeTemporary(directory) }
        let shared = try put(store, pattern(-1, count: 2000), owner: "driver")
        let failures = Shared<[String]>([])
        let threads = 4
        let iterations = 2000
        var finished: [DispatchSemaphore] = []
        for thread in 0..<threads {
            finished.append(onThread {
                var live: [(id: ObjectID, seed: Int, count: Int)] = []
                func check(_ entry: (id: ObjectID, seed: Int, count: Int), viaView: Bool) {
                    let expected = pattern(entry.seed, count: entry.count)
                    do {
                        let matches: Bool
                        if viaView {
                            matches = try store.withPayloads([entry.id], timeout: 5) { _, view, _ in
                                view.elementsEqual(expected)
                            } == [true]
                        } else {
                            matches = try store.copyPayload(entry.id, timeout: 5).bytes == expected
                        }
                        if !matches {
                            failures.update { $0.append("thread \(thread): bytes of seed \(entry.seed) differ") }
                        }
                    } catch {
                        failures.update { $0.append("thread \(thread): read of seed \(entry.seed) failed: \(error)") }
                    }
                }
                for iteration in 0..<iterations {
                    let seed = thread * 100_000 + iteration
                    let count = 100 + (iteration * 37 + thread * 11) % 1400
                    do {
                        let id = try put(store, pattern(seed, count: count), owner: "worker \(thread)")
                        live.append((id, seed, count))
                    } catch {
                        failures.update { $0.append("thread \(thread): put failed: \(error)") }
                    }
                    if iteration % 3 == 0, let entry = live.randomElement() {
                        check(entry, viaView: iteration % 2 == 0)
                    }
                    if iteration % 50 == 0 {
                        let matches = try? store.withPayloads([shared], timeout: 5) { _, view, _ in
                            view.elementsEqual(pattern(-1, count: 2000))
                        }
                        if matches != [true] {
                            failures.update { $0.append("thread \(thread): shared object unreadable") }
                        }
                    }
                    if live.count > 6 {
                        let entry = live.removeFirst()
                        check(entry, viaView: iteration % 2 == 1)
                        store.removeReference(entry.id)
                    }
                }
                for entry in live {
                    check(entry, viaView: true)
                    store.removeReference(entry.id)
                }
            })
        }
        for done in finished {
            #expect(done.wait(timeout: .now() + 300) == .success)
        }
        #expect(failures.value.isEmpty, "\(failures.value.prefix(5))")
        let statistics = store.statistics
        #expect(statistics.objectCount == 1)
        #expect(statistics.spilledTotal > 0)
        #expect(statistics.restoredTotal > 0)
        store.removeReference(shared)
        let final = store.statistics
        #expect(final.objectCount == 0)
        #expect(final.inMemoryBytes == 0)
        #expect(final.spilledBytes == 0)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        #expect(files.isEmpty)
    }

    @Test("Readers blocked on many pending objects all wake when they are sealed from other threads")
    func manyWaiters() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let ids = (0..<20).map { _ in store.create(owner: "task") }
        let results = Shared<[Int: [UInt8]]>([:])
        var readers: [DispatchSemaphore] = []
        for (index, id) in ids.enumerated() {
            readers.append(onThread {
                if let bytes = try? store.copyPayload(id, timeout: 30).bytes {
                    results.update { $0[index] = bytes }
                }
            })
        }
        let sealer = onThread {
            for (index, id) in ids.enumerated().reversed() {
                try? seal(store, id, [UInt8(index)])
            }
        }
        #expect(sealer.wait(timeout: .now() + 30) == .success)
        for reader in readers {
            #expect(reader.wait(timeout: .now() + 30) == .success)
        }
        #expect(results.value.count == 20)
        #expect(results.value.allSatisfy { $0.value == [UInt8($0.key)] })
        let all = store.wait(ids, numReturns: 20, timeout: 0)
        #expect(all.ready == Array(0..<20) && all.notReady.isEmpty)
    }
}
