package io.connect.cpo.domain.network;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The operators of the generated network: national ones in their home countries, two pan-European ones. */
final class Operators {

    static final List<Operator> ALL = List.of(
            op("DE", "VLT", "Voltwerk Laden", "https://voltwerk.example.de", Set.of("DE", "AT", "CH", "LU"), "19"),
            op("FR", "ELR", "Électrorue", "https://electrorue.example.fr", Set.of("FR", "BE", "LU"), "20"),
            op("NL", "SNL", "Snellaad", "https://snellaad.example.nl", Set.of("NL", "BE"), "21"),
            op("GB", "AMP", "Ampway", "https://ampway.example.co.uk", Set.of("GB", "IE"), "20"),
            op("IT", "RIC", "RicaricaViva", "https://ricaricaviva.example.it", Set.of("IT", "SI", "HR"), "22"),
            op("ES", "CGR", "CargaRuta", "https://cargaruta.example.es", Set.of("ES", "PT"), "21"),
            op("SE", "NRD", "Nordladd", "https://nordladd.example.se",
                    Set.of("SE", "NO", "DK", "FI", "EE", "LV", "LT"), "25"),
            op("PL", "LAD", "Ładuj Teraz", "https://ladujteraz.example.pl",
                    Set.of("PL", "CZ", "SK", "HU", "RO", "BG", "RS", "GR"), "23"),
            op("DE", "HPX", "Hyperpulse", "https://hyperpulse.example.eu", Set.of(), "19"),
            op("NL", "EUC", "EuroCharge", "https://eurocharge.example.eu", Set.of(), "21"));

    private Operators() {
    }

    private static Operator op(String cc, String pid, String name, String web, Set<String> home, String vat) {
        return new Operator(cc, pid, name, web, home, new BigDecimal(vat));
    }

    /** Mostly the local operator of the country; otherwise (or where none is local) a pan-European one. */
    static Operator forCountry(String countryCode, boolean fastCharging, Rng random) {
        List<Operator> local = ALL.stream().filter(o -> o.isLocalIn(countryCode)).toList();
        List<Operator> panEuropean = ALL.stream().filter(o -> o.homeCountries().isEmpty()).toList();
        double localShare = fastCharging ? 0.45 : 0.75;
        if (!local.isEmpty() && random.chance(localShare)) {
            return random.pick(local);
        }
        return random.pick(panEuropean);
    }
}
