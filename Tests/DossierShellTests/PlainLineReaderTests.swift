import DossierShell
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct PlainLineReaderTests {
    @Test func linesComeOutWithoutTheirEndsAndTheLastNeedsNone() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        var text = "claims |\r\n  take 1\n\nno newline at the end"
        _ = text.withUTF8 { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        let reader = PlainLineReader(descriptor: ends[0])
        var lines: [LineInput] = []
        while true {
            let input = reader.readLine(prompt: "ignored> ")
            lines.append(input)
            if input == .endOfInput { break }
        }
        close(ends[0])
        #expect(lines == [.line("claims |"), .line("  take 1"), .line(""), .line("no newline at the end"), .endOfInput])
    }
}
