package io.gatehouse.web.throttle;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * Hands Bucket4j the connection of the Spring transaction in progress, with its own transaction calls
 * (auto-commit, commit, rollback, close) made harmless: the caller's transaction decides whether the
 * tokens taken are kept. Refuses to work outside a transaction.
 */
public final class TransactionBoundDataSource extends DelegatingDataSource {

    private static final Set<String> LEFT_TO_THE_TRANSACTION = Set.of("setAutoCommit", "commit", "rollback", "close");

    public TransactionBoundDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Throttle buckets are read and written inside a transaction");
        }
        Connection connection = DataSourceUtils.getConnection(obtainTargetDataSource());
        InvocationHandler handler = (proxy, method, args) -> {
            if (LEFT_TO_THE_TRANSACTION.contains(method.getName())) {
                return null;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                handler);
    }

    @Override
    public Connection getConnection(String username, String password) {
        return getConnection();
    }
}
