/// Set algebra with CPython's algorithms, so results iterate in CPython's order.
extension VM {
    /// `set_update_internal`: adds every element of an iterable.
    public func setUpdate(_ set: PySet, _ other: Value) throws(PyException) {
        if case .object(let object) = other {
            if object.kind == .set || object.kind == .frozenset {
                try set.merge(unsafeDowncast(object, to: PySet.self), self)
                return
            }
            if object.kind == .dict, object.type === BuiltinTypes.shared.dict {
                let dict = unsafeDowncast(object, to: PyDict.self)
                set.reserve(adding: dict.count)
                for entry in 0..<dict.entryCount where !dict.key(atEntry: entry).isUndefined {
                    try set.add(dict.key(atEntry: entry), hash: dict.hash(atEntry: entry), self)
                }
                return
            }
        }
        try forEach(other) { (item: Value) throws(PyException) in try set.add(item, self) }
    }

    /// A new empty set of the same base kind as `model` (set or frozenset).
    func emptySet(like model: PySet) -> PySet {
        PySet(frozen: model.kind == .frozenset)
    }

    /// A copy of a set (`set_copy`).
    func copySet(_ set: PySet, frozen: Bool? = nil) throws(PyException) -> PySet {
        let result = PySet(frozen: frozen ?? (set.kind == .frozenset))
        try result.merge(set, self)
        return result
    }

    /// The elements of `other` as a set (for operations that accept any iterable).
    func asSet(_ other: Value) throws(PyException) -> PySet {
        if case .object(let object) = other, object.kind == .set || object.kind == .frozenset {
            return unsafeDowncast(object, to: PySet.self)
        }
        let result = PySet()
        try setUpdate(result, other)
        return result
    }

    /// `a | b`
    func setUnion(_ a: PySet, _ b: Value) throws(PyException) -> PySet {
        let result = try copySet(a)
        try setUpdate(result, b)
        return result
    }

    /// `a & b` (`set_intersection`): iterates the smaller set.
    func setIntersection(_ a: PySet, _ b: Value) throws(PyException) -> PySet {
        let result = emptySet(like: a)
        if case .object(let object) = b, object === a { return try copySet(a) }
        if case .object(let object) = b, object.kind == .set || object.kind == .frozenset {
            var small = unsafeDowncast(object, to: PySet.self)
            var large = a
            if small.count > large.count { swap(&small, &large) }
            for (key, hash) in small.entries where try large.findSlot(key, hash: hash, self) != nil {
                try result.add(key, hash: hash, self)
            }
            return result
        }
        try forEach(b) { (item: Value) throws(PyException) in
            let hash = try self.hash(item)
            if try a.findSlot(item, hash: hash, self) != nil { try result.add(item, hash: hash, self) }
        }
        return result
    }

    /// `a - b` (`set_difference`).
    func setDifference(_ a: PySet, _ b: Value) throws(PyException) -> PySet {
        var otherSize = -1
        if case .object(let object) = b {
            if object.kind == .set || object.kind == .frozenset { otherSize = unsafeDowncast(object, to: PySet.self).count }
            if object.kind == .dict { otherSize = unsafeDowncast(object, to: PyDict.self).count }
        }
        if otherSize < 0 || (a.count >> 2) > otherSize {
            let result = try copySet(a)
            try setDifferenceUpdate(result, b)
            return result
        }
        let result = emptySet(like: a)
        let other = try asSet(b)
        for (key, hash) in a.entries where try other.findSlot(key, hash: hash, self) == nil {
            try result.add(key, hash: hash, self)
        }
        return result
    }

    /// `a -= b` (`set_difference_update_internal`), compacting when many dummies remain.
    func setDifferenceUpdate(_ a: PySet, _ b: Value) throws(PyException) {
        if case .object(let object) = b, object === a {
            a.removeAll()
            return
        }
        if case .object(let object) = b, object.kind == .set || object.kind == .frozenset {
            var other = unsafeDowncast(object, to: PySet.self)
            if (other.count >> 3) > a.count { other = try setIntersection(a, b) }
            for (key, hash) in other.entries { try a.discard(key, hash: hash, self) }
        } else {
            try forEach(b) { (item: Value) throws(PyException) in try a.discard(item, self) }
        }
        if a.fill - a.count > a.mask / 4 {
            a.resize(minimumUsed: a.count > 50000 ? a.count * 2 : a.count * 4)
        }
    }

    /// `a ^ b` (`set_symmetric_difference`): a copy of `b` updated with `a`.
    func setSymmetricDifference(_ a: PySet, _ b: Value) throws(PyException) -> PySet {
        let result = PySet(frozen: a.kind == .frozenset)
        try setUpdate(result, b)
        try setSymmetricDifferenceUpdate(result, .object(a))
        return result
    }

    /// `a ^= b`
    func setSymmetricDifferenceUpdate(_ a: PySet, _ b: Value) throws(PyException) {
        if case .object(let object) = b, object === a {
            a.removeAll()
            return
        }
        let other = try asSet(b)
        for (key, hash) in other.entries {
            if try !a.discard(key, hash: hash, self) { try a.add(key, hash: hash, self) }
        }
    }

    /// `a &= b`: replaces the contents with the intersection.
    func setIntersectionUpdate(_ a: PySet, _ b: Value) throws(PyException) {
        let result = try setIntersection(a, b)
        a.tableKeys = result.tableKeys
        a.tableHashes = result.tableHashes
        a.fill = result.fill
        a.mask = result.mask
        a.replaceCount(result.count)
    }

    /// Whether every element of `a` is in `b`.
    func isSubset(_ a: PySet, _ b: PySet) throws(PyException) -> Bool {
        if a.count > b.count { return false }
        for (key, hash) in a.entries where try b.findSlot(key, hash: hash, self) == nil { return false }
        return true
    }
}

extension PySet {
    /// Sets the element count after a table swap.
    func replaceCount(_ newCount: Int) {
        setCount(newCount)
    }
}
