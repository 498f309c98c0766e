import DossierShell
import Testing

@Suite struct ShellPathsTests {
    @Test func historyFollowsTheOverrideThenXDGThenHome() {
        #expect(ShellPaths.historyFile(environment: ["DOSSIER_HISTORY": "/h/x", "XDG_STATE_HOME": "/s", "HOME": "/u"]) == "/h/x")
        #expect(ShellPaths.historyFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/u"]) == "/s/dossier/history")
        #expect(ShellPaths.historyFile(environment: ["XDG_STATE_HOME": "relative", "HOME": "/u/"]) == "/u/.local/state/dossier/history")
        #expect(ShellPaths.historyFile(environment: [:]) == nil)
    }

    @Test func initFileFollowsXDGThenHome() {
        #expect(ShellPaths.initFile(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/u"]) == "/c/dossier/init.dq")
        #expect(ShellPaths.initFile(environment: ["HOME": "/u"]) == "/u/.config/dossier/init.dq")
    }
}
