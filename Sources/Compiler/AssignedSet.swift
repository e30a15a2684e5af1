/// The set of local registers that are certainly assigned at a point of the code, for deciding where
/// a read needs a `checkBound` (so that reading an unassigned local raises `UnboundLocalError`).
///
/// After `return`, `raise`, `break` or `continue` the point is unreachable; an unreachable set is the
/// neutral element of ``meet(_:)``, so a branch that always leaves does not weaken the other.
struct AssignedSet {
    private var words: [UInt64] = []
    /// Whether control cannot reach this point.
    private(set) var isUnreachable = false

    /// Whether `register` is certainly assigned.
    func contains(_ register: Int) -> Bool {
        if isUnreachable { return true }
        let word = register >> 6
        return word < words.count && words[word] & (1 << UInt64(register & 63)) != 0
    }

    /// Marks `register` as assigned.
    mutating func insert(_ register: Int) {
        let word = register >> 6
        while words.count <= word { words.append(0) }
        words[word] |= 1 << UInt64(register & 63)
    }

    /// Marks `register` as possibly unassigned (after `del`).
    mutating func remove(_ register: Int) {
        let word = register >> 6
        if word < words.count { words[word] &= ~(1 << UInt64(register & 63)) }
    }

    /// Marks the point unreachable.
    mutating func markUnreachable() { isUnreachable = true }

    /// The registers assigned on both paths that join here.
    func meet(_ other: AssignedSet) -> AssignedSet {
        if isUnreachable { return other }
        if other.isUnreachable { return self }
        var result = AssignedSet()
        result.words = zip(words, other.words).map { $0 & $1 }
        return result
    }
}
