# Builds and runs Gatehouse. Expects an external PostgreSQL (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q install -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 gatehouse && mkdir /data && chown gatehouse /data
USER gatehouse
WORKDIR /app
COPY --from=build /src/web/target/gatehouse.jar /app/gatehouse.jar
# Keys (keep this volume; every instance needs the same keys) and, without SMTP, the .eml files
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true GATEHOUSE_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/gatehouse.jar"]
