import Support

/// An output column of a plan node, identified by a number that is unique in the process (Spark's
/// `exprId`), so expressions keep meaning the same column however plans are rearranged.
public struct Attribute: Sendable, Hashable {
    /// The unique id.
    public let id: Int
    /// The column name.
    public var name: String
    /// The type.
    public let type: DataType
    /// Whether it may hold nulls.
    public var nullable: Bool

    /// A new attribute with a fresh id.
    public init(name: String, type: DataType, nullable: Bool = true) {
        self.id = AttributeIDs.next()
        self.name = name
        self.type = type
        self.nullable = nullable
    }

    /// `name#id`, as plans print it.
    public var display: String { "\(name)#\(id)" }

    /// The schema field of this attribute.
    public var field: Field { Field(name, type, nullable: nullable) }
}

/// The process-wide counter of attribute ids.
enum AttributeIDs {
    private nonisolated(unsafe) static var counter = 0
    private static let lock = ThreadLock()

    static func next() -> Int {
        lock.locked {
            counter += 1
            return counter
        }
    }
}
