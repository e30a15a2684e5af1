import Columnar
import Foundation
import Testing
@testable import ColumnarIO

/// The byte-level conversions of the CSV reader. Doubles are checked against Swift's own
/// correctly rounded parser (`Double(String)`), the syntax against Java's `Double.parseDouble` rules.
@Suite struct CSVValuesTests {
    func double(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { CSVValues.parseDouble($0.baseAddress!, $0.count) }
    }

    func int(_ text: String) -> Int64? {
        var copy = text
        return copy.withUTF8 { CSVValues.parseInt64($0.baseAddress!, $0.count) }
    }

    func kind(_ text: String) -> CSVInferred {
        var copy = text
        return copy.withUTF8 { CSVInferred.classify($0.baseAddress!, $0.count) }
    }

    @Test func doublesAreCorrectlyRounded() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0.1", "0.3", "1.7976931348623157e308", "4.9e-324", "2.2250738585072014E-308", "123456789012345678901234567890",
                     "0.000000000000000000000000000001", "9007199254740993", "9007199254740992.5", "1e22", "1e23", "-0.0", "00012.5000",
                     ".5", "5.", "1E+2", "1e-2", "2.5f", "2.5D", " 7 ", "+3.25", "1e400", "-1e400", "1e-400", "3.14159265358979323846264338327950288"]
        for _ in 0 ..< 3000 {
            let digits = Int.random(in: 1 ... 25, using: &generator)
            var text = Bool.random(using: &generator) ? "-" : ""
            let dot = Int.random(in: 0 ... digits + 3, using: &generator)  // past the digits: no point
            for i in 0 ..< digits {
                if i == dot { text += "." }
                text += String(Int.random(in: 0 ... 9, using: &generator))
            }
            if Bool.random(using: &generator) { text += "e" + String(Int.random(in: -330 ... 310, using: &generator)) }
            texts.append(text)
        }
        for text in texts {
            var swiftText = text.trimmingCharacters(in: .whitespaces)
            if let last = swiftText.last, "fFdD".contains(last) { swiftText.removeLast() }
            if swiftText.hasPrefix(".") { swiftText = "0" + swiftText } else if swiftText.hasPrefix("-.") { swiftText = "-0" + swiftText.dropFirst() }
            guard let expected = Double(swiftText) else { Issue.record("Swift cannot parse \(swiftText)"); continue }
            let parsed = double(text)
            #expect(parsed?.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test func doubleSyntaxIsJavas() {
        #expect(double("NaN")?.isNaN == true)
        #expect(double("-NaN")?.isNaN == true)
        #expect(double("Infinity") == .infinity && double("+Infinity") == .infinity && double("-Infinity") == -.infinity)
        #expect(double("Inf") == .infinity && double("-Inf") == -.infinity)  // Spark's positiveInf/negativeInf
        for bad in ["", " ", "inf", "nan", "infinity", "1e", "e5", ".", "-", "1.2.3", "1,5", "0x1p3", "1e5.5", "12abc", "--1", "1f5", "+Inf"] {
            #expect(double(bad) == nil, "\(bad)")
        }
    }

    @Test func integers() {
        #expect(int("0") == 0 && int("-0") == 0 && int("+42") == 42 && int("007") == 7)
        #expect(int("9223372036854775807") == .max && int("-9223372036854775808") == .min)
        for bad in ["9223372036854775808", "-9223372036854775809", "99999999999999999999", "", "-", "+", "1.0", " 1", "1 ", "1e3", "0x10"] {
            #expect(int(bad) == nil, "\(bad)")
        }
    }

    @Test func inferenceClassification() {
        let cases: [(String, CSVInferred)] = [
            ("1", .int), ("-2147483648", .int), ("2147483647", .int), ("2147483648", .bigint), ("-2147483649", .bigint),
            ("9223372036854775808", .double), ("1.5", .double), ("-1e3", .double), ("NaN", .double), ("Inf", .double), (" 12", .double),
            ("1.5d", .double), ("true", .bool), ("FALSE", .bool), ("tru", .string), ("2024-02-29", .date), ("2023-02-29", .string),
            ("2024-1-5", .timestamp), ("2015-11-13 20:19:33 UTC", .timestamp), ("2015-11-13T20:19:33.123456Z", .timestamp),
            ("2015-11-13 20:19:33.0000000", .string), ("2015-11-13 25:00:00", .string), ("abc", .string), ("+", .string), ("-", .string),
        ]
        for (text, expected) in cases { #expect(kind(text) == expected, "\(text)") }
        #expect(CSVInferred.merge(.int, .bigint) == .bigint && CSVInferred.merge(.bigint, .double) == .double)
        #expect(CSVInferred.merge(.date, .timestamp) == .timestamp && CSVInferred.merge(.null, .bool) == .bool)
        #expect(CSVInferred.merge(.int, .bool) == .string && CSVInferred.merge(.date, .int) == .string && CSVInferred.merge(.double, .timestamp) == .string)
        #expect(CSVInferred.null.dataType == .string)
    }

    @Test func timestampFastPathAgreesWithCalendar() {
        for text in ["2015-11-13 20:19:33", "2015-11-13T20:19:33", "2015-11-13 20:19:33 UTC", "2015-11-13 20:19:33Z", "1969-12-31 23:59:59",
                     "2000-02-29 00:00:00", "1900-02-29 00:00:00", "2015-13-01 00:00:00", "2015-11-13 20:19:60", "2015-11-13 20:19:33 UTX",
                     "2015-11-31 00:00:00", "0001-01-01 00:00:00 UTC"] {
            var copy = text
            let (fast, calendar) = copy.withUTF8 { (CSVValues.parseTimestamp($0.baseAddress!, $0.count), Calendar.parseTimestamp($0)) }
            #expect(fast == calendar, "\(text)")
        }
    }
}
