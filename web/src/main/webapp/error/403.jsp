<%@ page contentType="text/html;charset=UTF-8" isErrorPage="true" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Error pages are plain JSP, not Faces: they must render whatever broke (a failing Faces request included),
     for any HTTP method, and show no internals. --%>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Not allowed · Parley</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/resources/parley/console.css">
</head>
<body class="plain">
<header class="topbar"><a class="brand" href="${pageContext.request.contextPath}/">Parley</a></header>
<main class="plain-content">
  <div class="card plain-card">
    <h1 class="page-title" id="errorTitle">Not allowed</h1>
    <p id="errorText">This page is not open to your role<c:if test="${not empty pageContext.request.remoteUser}"
      > (you are signed in as ${fn:escapeXml(pageContext.request.remoteUser)})</c:if>. Ask an administrator if you
      need it.</p>
    <p><a href="${pageContext.request.contextPath}/" id="home">Back to the dashboard</a></p>
  </div>
</main>
</body>
</html>
