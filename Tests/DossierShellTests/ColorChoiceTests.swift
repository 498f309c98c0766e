import DossierShell
import Testing

@Suite struct ColorChoiceTests {
    @Test(arguments: [
        (ColorChoice.auto, [String: String](), true, true),
        (.auto, [:], false, false),
        (.auto, ["NO_COLOR": "1"], true, false),
        (.auto, ["NO_COLOR": ""], true, true),
        (.auto, ["FORCE_COLOR": "1"], false, true),
        (.auto, ["FORCE_COLOR": "0"], false, false),
        (.auto, ["NO_COLOR": "1", "FORCE_COLOR": "1"], true, false),
        (.auto, ["TERM": "dumb"], true, false),
        (.auto, ["TERM": "dumb", "FORCE_COLOR": "1"], false, true),
        (.always, ["NO_COLOR": "1", "TERM": "dumb"], false, true),
        (.never, ["FORCE_COLOR": "1"], true, false),
    ])
    func decision(choice: ColorChoice, environment: [String: String], isTerminal: Bool, expected: Bool) {
        #expect(choice.usesColor(environment: environment, isTerminal: isTerminal) == expected)
    }

    @Test func stylesVanishWithoutColor() {
        #expect(ShellStyle(enabled: false).error("bad") == "bad")
        #expect(ShellStyle(enabled: true).error("bad") == "\u{1B}[1;31mbad\u{1B}[0m")
    }
}
