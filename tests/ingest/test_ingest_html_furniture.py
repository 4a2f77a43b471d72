"""Page furniture of saved web pages (menus, asides, footers, banners, cookie notices) never becomes a unit."""

from __future__ import annotations

from themes.ingest import read_document, segment_document

PAGE = """<!DOCTYPE html><html lang="nl"><head><title>Verslag stuurgroep 14 oktober 2024</title></head><body>
<div class="cookie-banner" id="cookieconsent"><p>Wij gebruiken cookies om de website te verbeteren.
 <button>Accepteren</button> <a href="/cookies">Cookie-instellingen</a></p></div>
<header class="site-header"><a href="/">Gemeente Utrecht</a><p>Zoeken in de website</p>
 <ul class="menu"><li><a href="/wonen">Wonen en leven</a></li><li><a href="/bestuur">Bestuur en organisatie</a></li></ul>
</header>
<nav aria-label="Kruimelpad"><ol><li>Home</li><li>Bestuur</li><li>Verslagen</li></ol></nav>
<main><article>
 <header><h1>Verslag stuurgroep inclusie 14 oktober 2024</h1><p>Vastgesteld op 11 november 2024.</p></header>
 <h2>1. Opening en mededelingen</h2>
 <p>De voorzitter opent de vergadering. De klachtenregeling wordt doorgeschoven naar de volgende vergadering.</p>
 <aside class="zie-ook"><h3>Zie ook</h3><ul><li><a href="/a">Jaarverslag diversiteit 2023</a></li>
  <li><a href="/b">Nieuwsbrief inclusie</a></li></ul></aside>
 <h2>2. Werving en selectie</h2>
 <ul><li>Actie: de trekker werkt een voorstel uit voor anoniem solliciteren.</li>
  <li>Het dashboard met streefcijfers wordt in december opgeleverd.</li></ul>
 <div class="social-share"><a href="#">Deel op LinkedIn</a> <a href="#">Deel via e-mail</a></div>
</article></main>
<aside role="complementary"><p>Meer weten over werken bij de gemeente? Bekijk onze vacatures.</p></aside>
<footer><p>© Gemeente Utrecht · Privacy · Cookies</p><ul><li>Toegankelijkheid</li><li>Contact</li></ul></footer>
<p class="fineprint">Privacy · Cookies · Toegankelijkheid</p>
</body></html>"""

FURNITURE = ("cookies", "Accepteren", "Zoeken in de website", "Wonen en leven", "Kruimelpad", "Verslagen",
             "Zie ook", "Jaarverslag diversiteit", "Nieuwsbrief", "LinkedIn", "vacatures", "©", "Privacy",
             "Toegankelijkheid", "Contact", "Gemeente Utrecht")


def test_menus_asides_footers_banners_and_cookie_notices_are_dropped(tmp_path, make_document, ingest_config):
    path = tmp_path / "verslag.html"
    path.write_text(PAGE, encoding="utf-8")
    raw = read_document(path)
    segments = segment_document(raw, make_document(raw), ingest_config)
    texts = [s.text for s in segments]
    everything = " ".join(texts + [s.heading for s in segments])
    assert not [word for word in FURNITURE if word.casefold() in everything.casefold()], texts
    assert texts == [
        "Vastgesteld op 11 november 2024.",
        "De voorzitter opent de vergadering. De klachtenregeling wordt doorgeschoven naar de volgende vergadering.",
        "Actie: de trekker werkt een voorstel uit voor anoniem solliciteren.",
        "Het dashboard met streefcijfers wordt in december opgeleverd.",
    ]
    assert any(s.heading.endswith("2. Werving en selectie") for s in segments)


def test_lettered_items_and_content_classes_are_kept(tmp_path, make_document, ingest_config):
    page = ("<html><body><div class='content-main'><h2>Besluiten</h2><ol><li>(c) De stuurgroep stemt in met het "
            "jaarplan.</li></ol><p class='verslag-tekst'>De contactpersoon van de werkgroep licht de privacy-"
            "aspecten toe.</p></div></body></html>")
    path = tmp_path / "besluiten.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    texts = [s.text for s in segment_document(raw, make_document(raw), ingest_config)]
    assert any("stemt in met het jaarplan" in t for t in texts)
    assert any("privacy-aspecten" in t for t in texts)
