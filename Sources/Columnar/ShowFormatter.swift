/// `df.show(n, truncate, vertical)` text, as Spark prints it.
public enum ShowFormatter {
    /// The table of `rows` (at most n were fetched; `hasMore` says more exist) under `names`.
    public static func table(names: [String], types: [DataType], rows: [[Scalar]], hasMore: Bool, shown n: Int,
                             truncate: Int, vertical: Bool) -> String {
        func cell(_ value: Scalar, _ type: DataType) -> String {
            // Spark 3.5 shows nulls as NULL.
            var text = value.isNull ? "NULL" : ValueFormatting.cell(value, type: type)
            if truncate > 0 && text.count > truncate {
                text = truncate < 4 ? String(text.prefix(truncate)) : String(text.prefix(truncate - 3)) + "..."
            }
            return text
        }
        let cells = rows.map { row in zip(row, types).map { cell($0, $1) } }
        let header = names.map { name -> String in
            truncate > 0 && name.count > truncate ? (truncate < 4 ? String(name.prefix(truncate)) : String(name.prefix(truncate - 3)) + "...") : name
        }
        var text = ""
        if vertical {
            // Spark's layout: names and values padded to their widest (at least 3), records headed
            // by "-RECORD i" padded with dashes to the full width.
            let nameWidth = max(3, header.map(\.count).max() ?? 0)
            let valueWidth = max(3, cells.flatMap { $0.map(\.count) }.max() ?? 0)
            for (i, row) in cells.enumerated() {
                let title = "-RECORD \(i)"
                text += title + String(repeating: "-", count: max(0, nameWidth + valueWidth + 5 - title.count)) + "\n"
                for (name, value) in zip(header, row) {
                    text += " " + name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + " | "
                        + value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) + " \n"
                }
            }
            if cells.isEmpty { text += "(0 rows)\n" }
        } else {
            var widths = header.map { max(3, $0.count) }
            for row in cells { for (i, value) in row.enumerated() { widths[i] = max(widths[i], value.count) } }
            let separator = "+" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "+") + "+\n"
            func line(_ values: [String]) -> String {
                "|" + zip(values, widths).map { value, width in
                    let pad = String(repeating: " ", count: max(0, width - value.count))
                    return truncate > 0 ? pad + value : value + pad
                }.joined(separator: "|") + "|\n"
            }
            text += separator + line(header) + separator
            for row in cells { text += line(row) }
            text += separator
        }
        if hasMore { text += "only showing top \(n) row\(n == 1 ? "" : "s")\n" }
        return text
    }
}

import Foundation
