/// The style sheet, the filter script and the content security policy of `index.html`, inline
/// so that the page needs nothing from the network.
enum HTMLAssets {
    /// Nothing may be fetched; only the page's own inline style and script run.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    /// Fonts: the system's UI font for Latin text, then Noto CJK (Debian's `fonts-noto-cjk`) and
    /// the platforms' own CJK fonts; Han-only names are marked `lang="zh"` and drawn with
    /// Simplified Chinese glyph shapes.
    static let style = """

        :root{--fg:#1c232b;--muted:#5d6873;--line:#d3dae1;--bg:#fff;--accent:#0b57a4;--unit:#eaf2fb;--person:#fbfaf5}
        html{font-family:system-ui,"Noto Sans","Noto Sans CJK KR","Noto Sans CJK SC","Apple SD Gothic Neo",\
        "Malgun Gothic","PingFang SC","Microsoft YaHei","Source Han Sans",sans-serif;line-height:1.45;\
        color:var(--fg);background:var(--bg)}
        :lang(zh){font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",\
        "Noto Sans CJK KR",system-ui,sans-serif}
        :lang(ja){font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic","Noto Sans CJK KR",system-ui,sans-serif}
        body{margin:0 auto;max-width:78rem;padding:0 1.25rem 3rem}
        header{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 0}
        h1{font-size:1.4rem;margin:.2rem 0}
        h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem}
        nav a{margin-right:.8rem}
        a{color:var(--accent)}
        #filter{font:inherit;padding:.25rem .5rem;min-width:18rem;margin-left:.4rem;border:1px solid var(--line);border-radius:4px}
        .meta{color:var(--muted);font-size:.88em;font-weight:normal}
        details{margin:.5rem 0}
        details>summary{cursor:pointer;padding:.25rem 0}
        details.org{border:1px solid var(--line);border-radius:8px;padding:.3rem .8rem .6rem}
        details.org>summary{font-size:1.08rem}
        .native{color:#3b4650}
        .aka{color:var(--muted);font-size:.9em}
        .tree ul{list-style:none;margin:0;padding-left:1.6rem;position:relative}
        .tree>ul{padding-left:0}
        .tree li{position:relative;margin:.4rem 0}
        .tree ul ul>li::before{content:"";position:absolute;left:-1.1rem;top:-.4rem;height:1.6rem;width:1rem;\
        border-left:1px solid #9aa6b2;border-bottom:1px solid #9aa6b2}
        .tree ul ul>li:not(:last-child)::after{content:"";position:absolute;left:-1.1rem;top:1.2rem;bottom:-.4rem;\
        border-left:1px solid #9aa6b2}
        .node{display:inline-block;border:1px solid var(--line);border-radius:6px;padding:.3rem .6rem;\
        background:var(--person);max-width:58rem}
        .node.org{background:var(--accent);color:#fff;border-color:var(--accent)}
        .node.org .native{color:#e6eef7}
        .node.unit{background:var(--unit)}
        .code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-weight:700;font-size:.9em;\
        background:#fff;border:1px solid var(--line);border-radius:3px;padding:0 .25rem}
        .title{color:#6a3d00}
        .est{color:var(--muted);font-size:.9em}
        .topic{font-size:.92em;padding-left:.6rem}
        .srcs-line{font-size:.82em}
        .srcs .cite,.srcs-line .cite{display:block}
        .sn{color:var(--muted);font-size:.9em}
        q.ex{display:block;color:var(--muted);font-size:.92em;max-width:40rem;white-space:nowrap;overflow:hidden;\
        text-overflow:ellipsis}
        q.ex:hover{white-space:normal}
        blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid var(--line)}
        table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.95em}
        th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f5f7}
        td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
        td.when{white-space:nowrap}
        .kind{color:var(--muted);font-size:.78em;border:1px solid var(--line);border-radius:3px;padding:0 .2rem}
        ul.plain{list-style:none;padding-left:0}
        .chart{overflow-x:auto}
        svg.years rect{fill:var(--accent)}
        svg.years text{font-size:10px;text-anchor:middle;fill:var(--muted)}
        footer{margin-top:2rem;color:var(--muted);font-size:.85em}
        [hidden]{display:none!important}
        @media print{header{position:static}#filter,#filter-count{display:none}}

        """

    /// The filter box: shows what matches (and, around it, its parents and children), opens the
    /// sections holding matches, and restores them when the box is emptied. `index.html#q=CSIG`
    /// opens the page filtered.
    static let script = """

        (function () {
          var box = document.getElementById("filter"), count = document.getElementById("filter-count");
          var items = Array.prototype.slice.call(document.querySelectorAll("[data-f]"));
          var details = Array.prototype.slice.call(document.querySelectorAll("details"));
          var wasOpen = details.map(function (d) { return d.open; });
          function own(el) {
            var label = el.querySelector(":scope>summary,:scope>.node");
            return (label || el).textContent.toLowerCase();
          }
          function run() {
            var q = box.value.trim().toLowerCase(), hits = new Set(), shown = 0;
            if (!q) {
              items.forEach(function (el) { el.hidden = false; });
              details.forEach(function (d, i) { d.open = wasOpen[i]; });
              count.textContent = "";
              return;
            }
            items.forEach(function (el) { if (own(el).indexOf(q) >= 0) hits.add(el); });
            items.forEach(function (el) {
              var show = hits.has(el);
              for (var up = el.parentElement && el.parentElement.closest("[data-f]"); up && !show;
                   up = up.parentElement && up.parentElement.closest("[data-f]")) { show = hits.has(up); }
              if (!show) { show = Array.prototype.some.call(el.querySelectorAll("[data-f]"), function (d) { return hits.has(d); }); }
              el.hidden = !show;
              if (show && el.tagName === "DETAILS") { el.open = true; }
            });
            hits.forEach(function (el) { if (!el.hidden && el.tagName !== "DETAILS") { shown++; } });
            count.textContent = shown + " matching";
          }
          box.addEventListener("input", run);
          if (location.hash.indexOf("#q=") === 0) { box.value = decodeURIComponent(location.hash.slice(3)); run(); }
        })();

        """
}
