/** Bean Validation constraints for Gatehouse's forms, each backed by the command side's own rule. */
package io.gatehouse.web.support.validation;
