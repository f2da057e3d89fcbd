package io.gatehouse.web.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.stereotype.Component;

import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates under {@code templates/mail/}: {@code <name>.txt.mustache} for the plain-text part,
 * {@code <name>.html.mustache} for the HTML part. Only the HTML part escapes what it inserts.
 */
@Component
class MailTemplates {

    private final Mustache.Compiler html;
    private final Mustache.Compiler text;
    private final Mustache.TemplateLoader loader;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    MailTemplates(Mustache.Compiler compiler, Mustache.TemplateLoader loader) {
        this.html = compiler.escapeHTML(true);
        this.text = compiler.escapeHTML(false);
        this.loader = loader;
    }

    String text(String name, Map<String, ?> model) {
        return template(text, "mail/" + name + ".txt").execute(model);
    }

    String html(String name, Map<String, ?> model) {
        return template(html, "mail/" + name + ".html").execute(model);
    }

    private Template template(Mustache.Compiler compiler, String name) {
        return compiled.computeIfAbsent(name + (compiler == html ? "#html" : "#text"), key -> {
            try (Reader reader = loader.getTemplate(name)) {
                return compiler.compile(reader);
            } catch (Exception e) {
                throw new IllegalStateException("No mail template " + name, e);
            }
        });
    }
}
