package io.gatehouse.command.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface AccountCredentialRepository extends JpaRepository<AccountCredential, UUID> {
}
