package org.safeplan.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response. API answers carry the content version that answers and are never cached (they
 * describe a person's situation). Pages may load scripts, styles and data from this server only
 * (Content-Security-Policy), so the browser itself stops a page from sending anything elsewhere,
 * and send no referrer.
 */
@Component
public class ResponseHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final LiveContent content;

    public ResponseHeadersFilter(LiveContent content) {
        this.content = content;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/v1/")) {
            response.setHeader("Cache-Control", "no-store");
            // Advice and explain responses overwrite this with the version that answered. None while a
            // previewed content folder has problems or is loading: no content answers then.
            String version = content.answeringVersion();
            if (version != null) {
                response.setHeader(AdviceController.CONTENT_VERSION_HEADER, version);
            }
        }
        chain.doFilter(request, response);
    }
}
