import Foundation
@testable import ObjectStore

/// A fresh directory path under the system's temporary directory (not created).
func temporaryPath(_ name: String = "spill") -> String {
    FileManager.default.temporaryDirectory
        .appendingPathComponent("prism-objectstore-\(UUID().uuidString)")
        .appendingPathComponent(name).path
}

/// Deletes what a test left at `path` and the UUID directory above it.
func removeTemporary(_ path: String) {
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
    try? FileManager.default.removeItem(at: parent)
}

/// Deterministic bytes that differ between seeds.
func pattern(_ seed: Int, count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed &* 7 &+ $0 >> 8) }
}

/// Stores `bytes` as a ready object.
func put(_ store: ObjectStore, _ bytes: [UInt8], nested: [ObjectID] = [], isError: Bool = false, owner: String = "test") throws -> ObjectID {
    try bytes.withUnsafeBytes { try store.put($0, nested: nested, isError: isError, owner: owner) }
}

/// Seals a pending object with `bytes`.
func seal(_ store: ObjectStore, _ id: ObjectID, _ bytes: [UInt8], nested: [ObjectID] = [], isError: Bool = false) throws {
    try bytes.withUnsafeBytes { try store.seal(id, $0, nested: nested, isError: isError) }
}

/// The state the store reports for `id`, nil if it does not hold it.
func state(_ store: ObjectStore, _ id: ObjectID) -> ObjectState? {
    store.summary().first { $0.id == id }?.state
}

/// The reference count the store reports for `id`, nil if it does not hold it.
func references(_ store: ObjectStore, _ id: ObjectID) -> Int? {
    store.summary().first { $0.id == id }?.referenceCount
}

/// Runs `body` on a new thread; the returned semaphore is signalled when it finishes.
func onThread(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        body()
        done.signal()
    }
    thread.start()
    return done
}

/// A value shared between a test and its threads.
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    /// Starts with `value`.
    init(_ value: Value) {
        stored = value
    }

    /// The current value.
    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// Changes the value under the lock.
    func update(_ change: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&stored)
    }
}
