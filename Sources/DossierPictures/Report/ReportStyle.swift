import DossierModel

/// The stylesheet and the small script inlined into every briefing; nothing is fetched from elsewhere.
enum ReportStyle {
    static var css: String {
        base + highlightRules + printRules
    }

    private static let base = """
        :root { --ink: #1d232a; --muted: #5b6570; --rule: #d9dee3; --paper: #ffffff; --accent: #2f6fb3; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #f4f5f7; font: 15px/1.55 "DejaVu Sans", Verdana, Arial, sans-serif; }
        header.top { background: #1d2a3a; color: #fff; padding: 18px 28px 12px; }
        header.top h1 { margin: 0 0 4px; font-size: 24px; }
        header.top p { margin: 0; color: #cdd6e0; }
        nav.toc { position: sticky; top: 0; z-index: 2; background: #24374d; padding: 6px 28px; }
        nav.toc a { color: #fff; margin-right: 18px; text-decoration: none; font-size: 14px; }
        nav.toc a:hover { text-decoration: underline; }
        main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 64px; }
        section.part { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: 8px 22px 18px; margin: 18px 0; }
        h2 { font-size: 20px; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
        h3 { font-size: 18px; margin-bottom: 2px; }
        h4 { font-size: 15px; margin: 18px 0 4px; color: #33475c; }
        figure { margin: 8px 0; overflow-x: auto; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: 13px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 16px; }
        th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
        th { background: #eef1f4; position: sticky; top: 34px; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .scroll { max-height: 460px; overflow-y: auto; border: 1px solid var(--rule); }
        .byline { color: var(--muted); margin-top: 0; }
        article.text p { max-width: 46em; }
        .sentence:target { background: #fff3a8; outline: 2px solid #f0c000; }
        .claim { border-bottom: 2px solid #c0504d; cursor: pointer; }
        .claim.c-indirect { border-bottom-style: dashed; }
        .claim.c-mixed { border-bottom-style: double; border-bottom-width: 3px; }
        .mention { border-radius: 3px; padding: 0 1px; cursor: pointer; }
        .legend-inline span { margin-right: 14px; white-space: nowrap; }
        #details { position: fixed; right: 16px; bottom: 16px; max-width: 360px; background: #fff; border: 1px solid #8a96a3;
          border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,0.18); padding: 10px 14px; white-space: pre-line; font-size: 14px; z-index: 3; }
        #details button { float: right; margin-left: 8px; }

        """

    /// One background colour per actor and framework kind, the same colours as the network's nodes.
    private static var highlightRules: String {
        var rules = ""
        for kind in Actor.Kind.allCases {
            let style = NodeStyle.of(.actor(kind))
            rules += ".k-\(kind.rawValue) { background: \(style.fill)40; box-shadow: inset 0 -2px 0 \(style.fill); }\n"
        }
        for kind in Framework.Kind.allCases {
            let style = NodeStyle.of(.framework(kind))
            rules += ".f-\(kind.rawValue) { background: \(style.fill)40; box-shadow: inset 0 -2px 0 \(style.stroke); font-style: italic; }\n"
        }
        return rules
    }

    private static let printRules = """
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          nav.toc, #details { display: none !important; }
          header.top { background: none; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }
          header.top p { color: #333; }
          main { max-width: none; padding: 0; }
          section.part { border: none; padding: 0; margin: 0 0 12pt; }
          section.part + section.part { break-before: page; }
          figure, tr { break-inside: avoid; }
          .scroll { max-height: none; overflow: visible; border: none; }
          th { position: static; }
          a { color: inherit; text-decoration: none; }
          .mention { background: none !important; box-shadow: none; border-bottom: 1px solid #777; }
          article.text { break-inside: auto; }
        }

        """

    /// Shows the tooltips of what was clicked (a mention inside a claim shows both) in a panel, for
    /// readers on touch screens where hovering is impossible. Text is set with `textContent`, never
    /// parsed as markup. Wrapped in CDATA so the page stays well-formed XML.
    static let script = """
        //<![CDATA[
        (function () {
          var panel = document.getElementById("details");
          var text = document.getElementById("details-text");
          document.addEventListener("click", function (event) {
            var lines = [];
            for (var node = event.target; node && node !== document.body; node = node.parentNode) {
              if (node.classList && (node.classList.contains("mention") || node.classList.contains("claim"))) {
                lines.push(node.getAttribute("title"));
              }
            }
            if (lines.length === 0) { return; }
            text.textContent = lines.join("\\n\\n");
            panel.hidden = false;
          });
          document.getElementById("details-close").addEventListener("click", function (event) {
            panel.hidden = true;
            event.stopPropagation();
          });
        })();
        //]]>
        """
}
