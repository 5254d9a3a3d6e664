package io.connect.cpo.domain.ocpi;

import java.util.List;

public record Hours(boolean twentyfourseven, List<RegularHours> regularHours) {
}
