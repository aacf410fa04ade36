// Shows /openapi.yml with the Swagger UI served by the application (no CDN).
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.yml", dom_id: "#swagger-ui", deepLinking: true });
});
