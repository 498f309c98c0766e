/// Where the shell keeps per-user files, following the XDG base directory conventions.
public enum ShellPaths {
    /// `DOSSIER_HISTORY`, else `$XDG_STATE_HOME/dossier/history`, else `~/.local/state/dossier/history`;
    /// nil when there is no home to put it in.
    public static func historyFile(environment: [String: String]) -> String? {
        if let explicit = environment["DOSSIER_HISTORY"], !explicit.isEmpty { return explicit }
        return base("XDG_STATE_HOME", fallback: ".local/state", environment: environment).map { $0 + "/dossier/history" }
    }

    /// `$XDG_CONFIG_HOME/dossier/init.dq`, else `~/.config/dossier/init.dq`.
    public static func initFile(environment: [String: String]) -> String? {
        base("XDG_CONFIG_HOME", fallback: ".config", environment: environment).map { $0 + "/dossier/init.dq" }
    }

    /// The XDG variable when it holds an absolute path (the specification says to ignore relative
    /// ones), else the fallback under HOME.
    private static func base(_ variable: String, fallback: String, environment: [String: String]) -> String? {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/" + fallback
    }
}
