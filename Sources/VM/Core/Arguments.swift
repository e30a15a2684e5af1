/// The arguments of a call to a native function: positional values followed by keyword values,
/// read in place from the register stack (no copying).
public struct Arguments {
    /// The first argument.
    public let base: UnsafeMutablePointer<Value>
    /// Positional plus keyword values.
    public let count: Int
    /// Names of the trailing keyword values, or nil.
    public let keywordNames: PyTuple?

    /// Wraps `count` values at `base`; the last `keywordNames.count` are keywords.
    public init(base: UnsafeMutablePointer<Value>, count: Int, keywordNames: PyTuple? = nil) {
        self.base = base
        self.count = count
        self.keywordNames = keywordNames
    }

    /// The number of positional arguments.
    @inlinable public var positionalCount: Int { count - (keywordNames?.items.count ?? 0) }
    /// Whether any keyword arguments were passed.
    @inlinable public var hasKeywords: Bool { keywordNames != nil && !keywordNames!.items.isEmpty }

    /// The positional argument at `index`.
    @inlinable public subscript(_ index: Int) -> Value { base[index] }

    /// The positional argument at `index`, or nil when fewer were passed.
    public func positional(_ index: Int) -> Value? { index < positionalCount ? base[index] : nil }

    /// The value of a keyword argument, or nil.
    public func keyword(_ name: String) -> Value? {
        guard let names = keywordNames else { return nil }
        let first = positionalCount
        for (offset, item) in names.items.enumerated() {
            if case .object(let object) = item, let key = object as? PyStr, key.value == name { return base[first + offset] }
        }
        return nil
    }

    /// The keyword arguments as (name, value) pairs.
    public var keywords: [(String, Value)] {
        guard let names = keywordNames else { return [] }
        let first = positionalCount
        return names.items.enumerated().map { offset, item in
            ((item.asString?.value ?? ""), base[first + offset])
        }
    }

    /// The positional arguments as an array.
    public var positionalValues: [Value] { (0..<positionalCount).map { base[$0] } }

    /// Positional argument `index`, or keyword `name`, or nil (for parameters passable both ways).
    public func argument(_ index: Int, _ name: String) -> Value? {
        positional(index) ?? keyword(name)
    }
}
