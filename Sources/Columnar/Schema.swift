/// A named, typed column of a schema.
public struct Field: Sendable, Hashable {
    /// The column's name.
    public var name: String
    /// Its type.
    public var type: DataType
    /// Whether it may hold nulls.
    public var nullable: Bool

    /// A field.
    public init(_ name: String, _ type: DataType, nullable: Bool = true) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}

/// The ordered fields of a table or batch.
public struct Schema: Sendable, Hashable {
    /// The fields, in column order.
    public var fields: [Field]

    /// A schema of `fields`.
    public init(_ fields: [Field]) { self.fields = fields }

    /// The column names.
    public var names: [String] { fields.map(\.name) }

    /// The number of columns.
    public var count: Int { fields.count }

    /// The index of the column named `name` (Spark resolves names case-insensitively; an exact match
    /// wins over a case-insensitive one).
    public func index(of name: String) -> Int? {
        if let exact = fields.firstIndex(where: { $0.name == name }) { return exact }
        let lower = name.lowercased()
        return fields.firstIndex { $0.name.lowercased() == lower }
    }

    /// The schema of the columns at `indices`.
    public func project(_ indices: [Int]) -> Schema { Schema(indices.map { fields[$0] }) }

    /// Spark's `printSchema()` text.
    public var treeString: String {
        var text = "root\n"
        for field in fields {
            text += " |-- \(field.name): \(field.type.typeName) (nullable = \(field.nullable))\n"
        }
        return text
    }
}
