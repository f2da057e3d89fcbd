package io.gatehouse.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Records a confirmed authenticator: its secret, already encrypted, and the hashes of its recovery codes travel to the second-factor store only. */
public record EnrolSecondFactor(@TargetAggregateIdentifier UUID accountId,
                                byte[] encryptedSecret,
                                List<String> recoveryCodeHashes,
                                String clientAddress) {

    @Override
    public String toString() {
        return "EnrolSecondFactor[accountId=" + accountId + ", clientAddress=" + clientAddress + "]";
    }
}
