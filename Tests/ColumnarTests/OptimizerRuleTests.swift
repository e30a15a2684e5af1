import Foundation
import Testing
@testable import Columnar

/// Each optimizer rule on plans built through the DataFrame API: the plan before and after the
/// rule alone is compared with a golden file (`golden/rules/<Rule>/<case>.txt`). Attribute ids are
/// renumbered by first appearance so the files do not depend on test order. Set
/// PRISM_REGEN_GOLDEN=1 to rewrite the files after an intended change.
@Suite struct OptimizerRuleTests {
    static let session = SQLSession(appName: "rules", settings: ExecutionSettings(threads: 2, memoryLimit: 1 << 30))

    static func trips() -> DataFrame {
        let schema = Schema([Field("id", .int64), Field("fare", .float64), Field("hour", .int32), Field("label", .string)])
        let rows: [[Scalar]] = [[.int(1), .double(10), .int(7), .string("a")], [.int(2), .double(-1), .int(22), .string("b")]]
        return session.createDataFrame(rows: rows, schema: schema)
    }

    static func dim() -> DataFrame {
        session.createDataFrame(rows: [[.int(7), .string("rush")]], schema: Schema([Field("hour", .int32), Field("name", .string)]))
    }

    /// The cases: (rule, case name, plan).
    static func cases() throws -> [(OptimizerRule, String, LogicalPlan)] {
        let t = trips()
        let c = { (name: String) in Expr.column(name) }
        let lit = { (v: Int64) in Expr.literal(.int(v), .int32) }
        return [
            (ConstantFolding(), "arithmetic_and_casts",
             try t.select([.alias(.binary(.multiply, lit(2), lit(3)), "six"), .binary(.add, c("fare"), .cast(.literal(.string("1.5"), .string), .float64))]).plan),
            (ConstantFolding(), "boolean_simplification",
             try t.filter(.binary(.and, .literal(.bool(true), .bool), .binary(.greater, c("fare"), .literal(.double(0), .float64)))).plan),
            (CombineFilters(), "adjacent_filters",
             try t.filter(.binary(.greater, c("fare"), lit(0))).filter(.binary(.less, c("hour"), lit(20))).plan),
            (PushDownPredicates(), "through_project_into_scan",
             try t.select([c("id"), .alias(.binary(.multiply, c("fare"), lit(2)), "double_fare")]).filter(.binary(.greater, c("double_fare"), lit(5))).plan),
            (PushDownPredicates(), "into_join_sides",
             try t.join(dim(), using: ["hour"], how: .inner).filter(.binary(.and, .binary(.greater, c("fare"), lit(0)), .binary(.equal, c("name"), .literal(.string("rush"), .string)))).plan),
            (PushDownPredicates(), "below_aggregate_on_group_keys",
             try t.aggregate(groupBy: [c("label")], [.aggregate(.sum, c("fare"))]).filter(.binary(.equal, c("label"), .literal(.string("a"), .string))).plan),
            (LimitPushDown(), "through_project_and_union",
             try t.union(t).select([c("id")]).limit(5).plan),
            (ColumnPruning(), "scan_reads_only_needed_columns",
             try t.filter(.binary(.greater, c("fare"), lit(0))).select([c("id")]).plan),
            (ColumnPruning(), "unused_aggregate_dropped",
             try t.aggregate(groupBy: [c("label")], [.alias(.aggregate(.sum, c("fare")), "total"), .alias(.aggregate(.count, nil), "n")]).select([c("label"), c("n")]).plan),
        ]
    }

    /// `#123` ids renumbered 1, 2, ... by first appearance.
    static func normalized(_ text: String) -> String {
        var mapping: [String: Int] = [:]
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "#" {
                var j = text.index(after: i)
                while j < text.endIndex, text[j].isNumber { j = text.index(after: j) }
                let id = String(text[text.index(after: i) ..< j])
                if !id.isEmpty {
                    let n = mapping[id] ?? (mapping.count + 1)
                    mapping[id] = n
                    out += "#\(n)"
                    i = j
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    static let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("golden/rules")

    @Test func everyRuleHasGoldenCases() throws {
        let covered = Set(try Self.cases().map { $0.0.name })
        #expect(covered == Set(Optimizer.ruleNames))
        // Every golden file on disk belongs to a case (no stale files).
        let names = Set(try Self.cases().map { "\($0.0.name)/\($0.1).txt" })
        let onDisk = (FileManager.default.enumerator(atPath: Self.goldenRoot.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") }
        #expect(Set(onDisk) == names)
    }

    @Test(arguments: 0 ..< 9) func ruleBeforeAndAfter(index: Int) throws {
        let all = try Self.cases()
        try #require(index < all.count)
        let (rule, name, plan) = all[index]
        let after = try rule.apply(plan)
        let text = Self.normalized("== before ==\n\(plan.treeString)\n== after \(rule.name) ==\n\(after.treeString)\n")
        let file = Self.goldenRoot.appendingPathComponent("\(rule.name)/\(name).txt")
        if ProcessInfo.processInfo.environment["PRISM_REGEN_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "\(rule.name)/\(name)")
        // The rewritten plan computes the same rows.
        let executor = QueryExecutor(settings: ExecutionSettings(threads: 2, memoryLimit: 1 << 30, excludedRules: Set(Optimizer.ruleNames)))
        let before = try executor.collect(plan).flatMap { b in (0 ..< b.count).map { b.rowScalars($0) } }
        let rewritten = try executor.collect(after).flatMap { b in (0 ..< b.count).map { b.rowScalars($0) } }
        #expect(before.map { "\($0)" }.sorted() == rewritten.map { "\($0)" }.sorted())
    }
}
