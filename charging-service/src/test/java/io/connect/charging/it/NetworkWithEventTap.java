package io.connect.charging.it;

import io.connect.charging.EventTap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The shared real-process network, and a fresh tap on the charging sessions topic around each test. */
abstract class NetworkWithEventTap {

    static ChargingNetwork net;
    EventTap tap;

    @BeforeAll
    static void network() {
        net = ChargingNetwork.get();
    }

    @BeforeEach
    void openTap() {
        tap = new EventTap(ChargingNetwork.CHARGING_TOPIC);
    }

    @AfterEach
    void closeTap() {
        tap.close();
    }
}
