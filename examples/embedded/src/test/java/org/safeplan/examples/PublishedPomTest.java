package org.safeplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POMs partners resolve read the same to every build tool. Maven keeps the nearest path to a
 * module and that path's exclusions; Gradle and sbt (Coursier) keep a module that any path brings,
 * and read {@code packaging} to find the artifact. So: rules-content is a plain jar whose only
 * runtime dependency is rules-core, with no profiles and nothing optional, and in rules-core every
 * dependency that leads to Drools' compiler excludes its compiling parts, not only the nearest one.
 * (Checked with Coursier, sbt's resolver: the same 23 jars as Maven.)
 */
class PublishedPomTest {

    private static final Path TOP = Path.of("../..");
    private static final List<String> COMPILER_PARTS = List.of("org.drools:drools-drl-parser",
            "org.drools:drools-drl-extensions", "org.drools:drools-drl-ast", "org.drools:drools-ecj");

    private static Element pom(String module) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(TOP.resolve(module).resolve("pom.xml").toFile());
        return doc.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name, String otherwise) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? otherwise : found.get(0).getTextContent().trim();
    }

    private static List<Element> dependencies(Element pom) {
        List<Element> out = new ArrayList<>();
        children(pom, "dependencies").forEach(d -> out.addAll(children(d, "dependency")));
        return out;
    }

    private static String coordinates(Element dependency) {
        return text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", "");
    }

    @Test
    void rulesContentIsAPlainJarWhoseOnlyRuntimeDependencyIsRulesCore() throws Exception {
        Element pom = pom("rules-content");
        assertThat(text(pom, "packaging", "jar")).as("rules-content's packaging: Gradle and sbt take `kjar` for"
                + " a non-jar; bind kie-maven-plugin's goals to the jar lifecycle instead").isEqualTo("jar");
        assertThat(children(pom, "profiles")).as("profiles: other build tools do not read them").isEmpty();
        List<String> runtime = new ArrayList<>();
        for (Element d : dependencies(pom)) {
            String scope = text(d, "scope", "compile");
            if (scope.equals("compile") || scope.equals("runtime")) {
                runtime.add(coordinates(d));
                assertThat(text(d, "optional", "false")).as(coordinates(d) + " is optional").isEqualTo("false");
            }
        }
        assertThat(runtime).as("what a partner gets through rules-content, besides rules-core's own: make a"
                + " build-time dependency provided").containsExactly("org.safeplan:rules-core");
    }

    @Test
    void everyPathOfRulesCoreToDroolsCompilerExcludesItsCompilingParts() throws Exception {
        for (Element d : dependencies(pom("rules-core"))) {
            String coordinates = coordinates(d);
            if (!coordinates.equals("org.drools:drools-compiler") && !coordinates.equals("org.drools:drools-model-compiler")) {
                continue;
            }
            List<String> excluded = new ArrayList<>();
            children(d, "exclusions").forEach(e -> children(e, "exclusion").forEach(x -> excluded.add(coordinates(x))));
            assertThat(excluded).as("rules-core's dependency " + coordinates + " (leads to drools-compiler): Gradle"
                    + " and sbt bring what any path brings").containsAll(COMPILER_PARTS);
        }
    }
}
