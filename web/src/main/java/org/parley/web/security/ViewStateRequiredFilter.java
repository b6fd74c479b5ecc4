package org.parley.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * CSRF: a console form posted without a Faces view state (forged from another site, which cannot read the page's)
 * does nothing and goes to the login page ("Your session expired"), as one with a wrong view state does
 * ({@code ConsoleExceptionHandler}). Multipart posts (uploads) carry their view state in a part and pass.
 */
@WebFilter(filterName = "ViewStateRequiredFilter", urlPatterns = {"*.xhtml", "/"}, asyncSupported = true)
public class ViewStateRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ViewStateRequiredFilter.class.getName());
    static final String VIEW_STATE = "jakarta.faces.ViewState";
    static final String EXPIRED = "/login.xhtml?expired=true";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod())
                && !isMultipart(request)) {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding("UTF-8"); // as Faces reads forms: set before the first parameter read
            }
            if (request.getParameter(VIEW_STATE) == null) {
                LOG.info(() -> "Form posted to " + request.getRequestURI() + " without a view state from "
                        + request.getRemoteAddr() + ": ignored, to the login page");
                String url = request.getContextPath() + EXPIRED;
                if (FacesRedirects.isAjax(request)) {
                    FacesRedirects.ajaxRedirect(response, url);
                } else {
                    response.sendRedirect(url);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
