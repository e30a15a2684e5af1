/// A byte count for people: "300 B", "1.5 KB", "120.0 MB" (decimal units, one decimal place).
func formatBytes(_ count: Int) -> String {
    if count < 1000 {
        return "\(count) B"
    }
    let units = ["KB", "MB", "GB", "TB", "PB"]
    var scale = 1000.0
    var unit = 0
    while unit < units.count - 1 && Double(count) >= scale * 999.95 {
        scale *= 1000
        unit += 1
    }
    let tenths = Int((Double(count) / scale * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) \(units[unit])"
}
