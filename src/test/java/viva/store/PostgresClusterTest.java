package viva.store;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' own PostgreSQL: a cluster made for the run, a database per test, reached with a password over TCP. */
class PostgresClusterTest {
    @Test
    void aFreshDatabaseIsEmptyAndReachedAsTheAdmin() throws Exception {
        Postgres pg = Postgres.cluster();
        String db = pg.freshDatabase();
        try (Connection c = pg.connect(db, Postgres.ADMIN, Postgres.ADMIN_PASSWORD); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
