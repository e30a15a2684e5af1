/// The memory budget: admitting payloads, spilling least-recently-used objects, restoring them.
extension StoreTable {
    /// Payloads smaller than this are admitted even over budget, so error payloads always fit.
    static let smallPayloadLimit = 4096

    /// Makes room for `size` more bytes in memory by spilling least-recently-used unpinned objects.
    /// Throws `.full` (spilling nothing) when even spilling every unpinned object would not do,
    /// or `.spillFailed`; payloads under `smallPayloadLimit` are admitted regardless.
    func admit(_ size: Int, for id: ObjectID, restoring: Bool) throws(ObjectStoreError) {
        let needed = inMemoryBytes + size - budget
        if needed <= 0 {
            return
        }
        let isSmall = size < Self.smallPayloadLimit
        guard size <= budget, inMemoryBytes - pinnedBytes >= needed else {
            if isSmall {
                return
            }
            throw .full(fullMessage(id, size: size, restoring: restoring))
        }
        do throws(ObjectStoreError) {
            try spillLeastRecentlyUsed(atLeast: needed)
        } catch {
            if !isSmall {
                throw error
            }
        }
    }

    /// Spills unpinned in-memory objects, least recently used first, until `bytes` are freed.
    private func spillLeastRecentlyUsed(atLeast bytes: Int) throws(ObjectStoreError) {
        let candidates = objects.values
            .filter { $0.pins == 0 && $0.size > 0 && $0.isInMemory }
            .sorted { $0.lastUse < $1.lastUse }
        var freed = 0
        for object in candidates where freed < bytes {
            try spill(object)
            freed += object.size
        }
    }

    /// Writes an in-memory object to its spill file and frees its memory.
    private func spill(_ object: StoredObject) throws(ObjectStoreError) {
        guard case .inMemory(let base) = object.residence else {
            return
        }
        try spillFiles.prepareDirectory()
        try spillFiles.write(object.id, from: base.map { UnsafeRawPointer($0) }, count: object.size)
        base?.deallocate()
        object.residence = .spilled
        inMemoryBytes -= object.size
        spilledBytes += object.size
        spilledTotal += object.size
    }

    /// Reads a spilled object back into memory (spilling others to make room) and deletes its file.
    func restore(_ object: StoredObject) throws(ObjectStoreError) {
        guard case .spilled = object.residence else {
            return
        }
        try admit(object.size, for: object.id, restoring: true)
        let base = object.size > 0 ? UnsafeMutableRawPointer.allocate(byteCount: object.size, alignment: 16) : nil
        do throws(ObjectStoreError) {
            try spillFiles.read(object.id, into: base, count: object.size)
        } catch {
            base?.deallocate()
            throw error
        }
        spillFiles.remove(object.id)
        object.residence = .inMemory(base)
        inMemoryBytes += object.size
        spilledBytes -= object.size
        restoredTotal += object.size
        touch(object)
    }

    /// The message of `.full`, in the style of Ray's ObjectStoreFullError.
    private func fullMessage(_ id: ObjectID, size: Int, restoring: Bool) -> String {
        let action = restoring ? "restore spilled object" : "store object"
        let head = "ObjectStoreFullError: cannot \(action) \(id) of \(formatBytes(size)): "
            + "the object store's budget is \(formatBytes(budget)) (object_store_memory)"
        if size > budget {
            return head + ", smaller than the object itself"
        }
        return head + ", \(formatBytes(pinnedBytes)) of it held by objects in use that cannot be spilled"
    }
}
