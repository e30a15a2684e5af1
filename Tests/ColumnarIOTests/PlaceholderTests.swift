import Testing
@testable import ColumnarIO

/// Replaced by the CSV and Parquet suites.
@Suite struct ColumnarIOModuleTests {
    @Test func moduleLoads() { #expect(String(describing: ColumnarIO.self) == "ColumnarIO") }
}
