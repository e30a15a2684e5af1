import Testing
@testable import Columnar

/// The memory layer: bitmaps, builders, gather and concatenation.
@Suite struct ColumnTests {
    @Test func builderKeepsNullsAndValues() {
        var builder = ColumnBuilder(type: .int64)
        builder.append(Int64(3)); builder.appendNull(); builder.append(Int64(5))
        let column = builder.finish()
        #expect(column.count == 3)
        #expect(column.nullCount == 1)
        #expect(column.scalar(at: 0) == .int(3))
        #expect(column.scalar(at: 1) == .null)
        #expect(column.scalar(at: 2) == .int(5))
    }

    @Test func gatherFollowsIndices() {
        let column = Column(type: .string, values: .strings(StringArray(["a", "bb", "", "dddd"])))
        let picked = column.gather(ContiguousArray<Int32>([3, 0, 2]))
        #expect((0 ..< 3).map { picked.scalar(at: $0) } == [.string("dddd"), .string("a"), .string("")])
    }

    @Test func bitmapCountsNullsPastPartialWords() {
        var bitmap = Bitmap(count: 70, valid: true)
        bitmap.set(3, false); bitmap.set(69, false)
        #expect(bitmap.nullCount == 2)
    }

    @Test func concatenateJoinsChunksAndValidity() {
        var a = ColumnBuilder(type: .float64); a.append(1.5); a.appendNull()
        var b = ColumnBuilder(type: .float64); b.append(2.5)
        let joined = Column.concatenate([a.finish(), b.finish()], type: .float64)
        #expect((0 ..< 3).map { joined.scalar(at: $0) } == [.double(1.5), .null, .double(2.5)])
    }
}
