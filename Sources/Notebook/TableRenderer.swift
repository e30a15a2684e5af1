/// Renders tables (a list of dicts, a dict of lists) as GitHub pipe tables with a row count,
/// showing the first and last rows of long tables.
public enum TableRenderer {
    /// Rows shown at each end of a table longer than `2 * edgeRows`.
    public static let edgeRows = 10

    /// A Markdown pipe table of `rows` (each row's cells already rendered as text).
    public static func render(columns: [String], rows: [[String]], numericColumns: Set<Int>) -> String {
        var lines: [String] = []
        lines.append("| " + columns.map(escape).joined(separator: " | ") + " |")
        lines.append("|" + columns.indices.map { numericColumns.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        let shown: [[String]?]
        if rows.count > 2 * edgeRows {
            shown = rows.prefix(edgeRows).map { $0 } + [nil] + rows.suffix(edgeRows).map { $0 }
        } else {
            shown = rows.map { $0 }
        }
        for row in shown {
            guard let row else {
                lines.append("| " + columns.map { _ in "…" }.joined(separator: " | ") + " |")
                continue
            }
            lines.append("| " + row.map(escape).joined(separator: " | ") + " |")
        }
        let rowWord = rows.count == 1 ? "row" : "rows"
        let columnWord = columns.count == 1 ? "column" : "columns"
        lines.append("")
        lines.append("*\(rows.count) \(rowWord) × \(columns.count) \(columnWord)*")
        return lines.joined(separator: "\n")
    }

    /// A cell's text made safe inside a pipe table.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result.isEmpty ? " " : result
    }
}
