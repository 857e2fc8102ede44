"""Issue 14: a cluster of look-alike signals is named by the title of the signal that says most of what they share,
not by a list of key words ("Dure, abonnementen, deur, …"); the key words stay beside it as what they have in
common."""

import re

from lokaalsignaal.similarity import suggest


def test_the_cluster_takes_the_title_of_the_signal_sharing_most_key_words(kortrijk, make_signal, indexed,
                                                                          kortrijk_coordinator, login, client):
    make_signal(title="Weekend", description="Gezinnen zitten in het weekend zonder verwarming.")
    make_signal(title="Budgetmeter leeg in het weekend", description="Gezinnen met een budgetmeter zitten in het "
                "weekend zonder verwarming als de budgetmeter leeg is en het oplaadpunt gesloten is.")
    make_signal(title="Oplaadpunt gesloten", description="De budgetmeter is leeg, het oplaadpunt is gesloten en "
                "gezinnen zitten zonder verwarming.")
    indexed()

    [cluster] = suggest.clusters(kortrijk_coordinator, kortrijk)
    assert cluster.title == "Budgetmeter leeg in het weekend"

    login(kortrijk_coordinator)
    html = client.get("/g/kortrijk/signalen/clusters/").content.decode()
    heading = re.search(r"<h2>(.*?)</h2>", html, re.S).group(1)
    assert "‘Budgetmeter leeg in het weekend’" in heading and "<mark>" not in heading
    assert "Wat ze gemeen hebben" in html
