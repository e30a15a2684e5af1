/// A scalar function the engine evaluates a column at a time (`sqrt`, `upper`, `hour`, ...).
/// `FunctionCatalog.resolve` checks the argument types and returns one of these.
public struct ScalarFunction: Sendable {
    /// The function's name as Spark spells it (lower case), used in column names and plans.
    public let name: String
    /// The type of the result.
    public let resultType: DataType
    /// Evaluates the function on `arguments`, columns of `count` rows each (literal arguments arrive
    /// as columns of repeated values), and returns a column of `count` rows. A row with a null
    /// argument gives a null unless the function says otherwise (coalesce, concat_ws, ...).
    public let evaluate: @Sendable (_ arguments: [Column], _ count: Int) throws -> Column

    /// A function named `name` returning `resultType`.
    public init(name: String, resultType: DataType,
                evaluate: @escaping @Sendable (_ arguments: [Column], _ count: Int) throws -> Column) {
        self.name = name
        self.resultType = resultType
        self.evaluate = evaluate
    }
}
